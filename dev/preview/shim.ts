// The google.script stand-in injected into the served sidebar: google.script.run posts each call
// to the preview server, which runs the function of that name in the add-on's vm context.

/** Marks messages the sidebar frame posts to the preview page. */
export const MESSAGE_SOURCE = 'networking-roi-preview';

/** Browser code, inlined as a <script> before the sidebar's own. Kept ES2019 like the sidebar. */
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
      close: function () { tell({ type: 'close-sidebar' }); },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} }
    },
    url: { getLocation: function (f) { f({ hash: '', parameter: {}, parameters: {} }); } }
  };
})();`;

/** The sidebar HTML with the shim as the first script of its head. */
export function injectShim(html: string): string {
  const tag = `<script>${GOOGLE_SCRIPT_SHIM}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
