// The google.script stand-in injected into every page the add-on shows (the sidebar, a modal
// dialog): google.script.run posts each call to the preview server, which runs the function of
// that name in the add-on's vm context; google.script.host asks the preview page for its frame.

/** Marks messages a sidebar or dialog frame posts to the preview page. */
export const MESSAGE_SOURCE = 'networking-roi-preview';

/**
 * Browser code, inlined as a <script> before the page's own. Kept ES2019 like the sidebar. The
 * page tells which frame a message is from by its window, so the messages do not name it.
 */
export const GOOGLE_SCRIPT_SHIM = `(function () {
  var SOURCE = ${JSON.stringify(MESSAGE_SOURCE)};
  function tell(message) {
    message.source = SOURCE;
    if (window.parent && window.parent !== window) window.parent.postMessage(message, '*');
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var body;
          try { body = JSON.stringify({ name: name, args: args }); }
          catch (e) { body = null; }
          tell({ type: 'server-call-start', name: name });
          fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
            .then(function (r) { return r.json(); })
            .then(function (result) {
              tell({ type: 'server-call-done', name: name, ok: result.ok });
              if (result.ok) { if (success) success(result.value, userObject); }
              else if (failure) failure(new Error(result.error), userObject);
              else console.error(result.error);
            }, function (err) {
              tell({ type: 'server-call-done', name: name, ok: false });
              if (failure) failure(err, userObject);
            });
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      close: function () { tell({ type: 'close' }); },
      setHeight: function (height) { tell({ type: 'resize', height: Number(height) }); },
      setWidth: function (width) { tell({ type: 'resize', width: Number(width) }); },
      editor: { focus: function () {} }
    },
    url: { getLocation: function (f) { f({ hash: '', parameter: {}, parameters: {} }); } }
  };
})();`;

/** A sidebar's or dialog's HTML with the shim as the first script of its head. */
export function injectShim(html: string): string {
  const tag = `<script>${GOOGLE_SCRIPT_SHIM}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
