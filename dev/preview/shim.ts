// The google.script stand-in injected into every page the add-on shows (the sidebar, a modal
// dialog): google.script.run posts each call to the preview server, which runs the function of
// that name in the add-on's vm context; google.script.host asks the preview page for its frame.
// A call's handler runs once the preview page has drawn what the call changed, as in Sheets,
// where a build's new tabs are there by the time the sidebar says the workbook is ready.

/** Marks messages a sidebar or dialog frame posts to the preview page, and its answers. */
export const MESSAGE_SOURCE = 'networking-roi-preview';

/** How long a call's handler waits at most for the page to say it has drawn the call's effect. */
const DRAWN_WAIT_MS = 3000;

/**
 * Browser code, inlined as a <script> before the page's own. Kept ES2019 like the sidebar. The
 * page tells which frame a message is from by its window, so the messages do not name it.
 */
export const GOOGLE_SCRIPT_SHIM = `(function () {
  var SOURCE = ${JSON.stringify(MESSAGE_SOURCE)};
  var framed = window.parent && window.parent !== window;
  var calls = 0;
  var waiting = {};
  function tell(message) {
    message.source = SOURCE;
    if (framed) window.parent.postMessage(message, '*');
  }
  // The page answers each finished call once it has drawn its effect; a page that does not
  // answer (none around this frame) holds a handler back ${DRAWN_WAIT_MS} ms at most.
  function whenDrawn(id, then) {
    if (!framed) { then(); return; }
    var done = false;
    function go() { if (!done) { done = true; delete waiting[id]; then(); } }
    waiting[id] = go;
    setTimeout(go, ${DRAWN_WAIT_MS});
  }
  window.addEventListener('message', function (e) {
    var data = e.data;
    if (e.source === window.parent && data && data.source === SOURCE && data.type === 'drawn' && waiting[data.id])
      waiting[data.id]();
  });
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
          var id = ++calls;
          tell({ type: 'server-call-start', name: name, id: id });
          fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
            .then(function (r) { return r.json(); })
            .then(function (result) {
              tell({ type: 'server-call-done', name: name, ok: result.ok, id: id });
              whenDrawn(id, function () {
                if (result.ok) { if (success) success(result.value, userObject); }
                else if (failure) failure(new Error(result.error), userObject);
                else console.error(result.error);
              });
            }, function (err) {
              tell({ type: 'server-call-done', name: name, ok: false, id: id });
              whenDrawn(id, function () { if (failure) failure(err, userObject); });
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
