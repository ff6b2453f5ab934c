/**
 * The "Prepare for sharing" dialog as one self-contained HTML page, built on the server. Every
 * text and formula travels as JSON inside a non-executing script element and is put on the page
 * with textContent, so nothing from a cell can become markup.
 */
import type { Messages } from '../i18n';

/** One cell the dialog lists. */
export interface DialogRow {
  sheetId: number;
  row: number;
  column: number;
  /** Where the cell is, as the person reads it: `Summary!C5`. */
  cell: string;
  formula: string;
  /** The native formula, when the call can be rewritten. */
  native?: string;
  /** Why it cannot be rewritten, in the person's language. */
  reason?: string;
  notes: string[];
  /** The number the cell shows now, offered for freezing; null when it shows none. */
  value: number | null;
}

/** What the dialog sends back for each row. */
export interface SharingChoice {
  sheetId: number;
  row: number;
  column: number;
  /** The formula the dialog showed; the server refuses when the cell no longer holds it. */
  formula: string;
  action: 'rewrite' | 'freeze' | 'keep';
}

/** JSON that can sit inside a <script> element: no `<`, `>`, `&` or line separators unescaped. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const STYLE = `body{font:13px Arial,sans-serif;margin:0;padding:12px;color:#202124}
.item{border-bottom:1px solid #dadce0;padding:8px 0}.cell{font-weight:bold}
code{display:block;white-space:pre-wrap;word-break:break-all;background:#f1f3f4;padding:4px;margin:4px 0}
.new{background:#e6f4ea}.reason,.note{color:#a50e0e;margin:4px 0}.note{color:#5f6368}
#list{max-height:340px;overflow:auto}.bar{margin-top:12px;display:flex;gap:8px;align-items:center}
button{padding:6px 16px}#status{flex:1}`;

// Runs in the dialog (plain ES5: the page has no build step of its own).
const SCRIPT = `(function(){
var d=JSON.parse(document.getElementById('data').textContent),t=d.t,picks=[];
function el(tag,text,cls){var e=document.createElement(tag);if(text!=null)e.textContent=text;if(cls)e.className=cls;return e;}
function choice(parent,name,label,checked,disabled){var l=el('label'),i=document.createElement('input');i.type=name?'radio':'checkbox';if(name)i.name=name;i.checked=checked;i.disabled=disabled;l.appendChild(i);l.appendChild(document.createTextNode(' '+label));parent.appendChild(l);parent.appendChild(el('br'));return i;}
var list=document.getElementById('list');
d.rows.forEach(function(r,n){var box=el('div',null,'item');box.appendChild(el('div',r.cell,'cell'));box.appendChild(el('code',r.formula));
if(r.native!=null){var cb=choice(box,null,t.rewriteThis,true,false);box.appendChild(el('code',r.native,'new'));r.notes.forEach(function(x){box.appendChild(el('div',x,'note'));});picks.push(function(){return cb.checked?'rewrite':'keep';});}
else{box.appendChild(el('div',t.cannotRewrite+': '+r.reason,'reason'));choice(box,'c'+n,t.keep,true,false);var fz=choice(box,'c'+n,r.freezeLabel,false,r.value===null);picks.push(function(){return fz.checked?'freeze':'keep';});}
list.appendChild(box);});
var apply=document.getElementById('apply'),cancel=document.getElementById('cancel'),status=document.getElementById('status');
cancel.onclick=function(){google.script.host.close();};
apply.onclick=function(){var choices=d.rows.map(function(r,n){return{sheetId:r.sheetId,row:r.row,column:r.column,formula:r.formula,action:picks[n]()};});
apply.disabled=true;status.textContent=t.applying;
google.script.run.withSuccessHandler(function(res){status.textContent=res.message;cancel.textContent=t.close;}).withFailureHandler(function(e){status.textContent=e.message;apply.disabled=false;}).applySharingRewrite(choices);};
})();`;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

/** The dialog's HTML for the rows found, in the person's language. */
export function sharingDialogHtml(t: Messages['sharing'], rows: DialogRow[]): string {
  const data = {
    t: {
      rewriteThis: t.rewriteThis,
      cannotRewrite: t.cannotRewrite,
      applying: t.applying,
      close: t.close,
    },
    rows: rows.map((r) => ({
      ...r,
      freezeLabel:
        r.value === null
          ? `${fill(t.freeze, { value: '' }).trim()} (${t.noValue})`
          : fill(t.freeze, { value: r.value }),
    })),
  };
  const page = { intro: t.intro, apply: t.apply, cancel: t.cancel };
  return `<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><style>${STYLE}</style></head><body>
<p id="intro"></p><div id="list"></div>
<div class="bar"><span id="status" role="status"></span><button id="cancel"></button><button id="apply"></button></div>
<script type="application/json" id="data">${scriptJson(data)}</script>
<script type="application/json" id="page">${scriptJson(page)}</script>
<script>(function(){var p=JSON.parse(document.getElementById('page').textContent);['intro','apply','cancel'].forEach(function(k){document.getElementById(k).textContent=p[k];});})();</script>
<script>${SCRIPT}</script></body></html>`;
}

/** Fills {placeholders} of a message. */
export { fill as fillMessage };
