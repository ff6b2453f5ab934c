/**
 * The import dialog's page: asks the server where contacts go, offers to make a Contacts sheet when
 * there is none, previews a picked file (rows to add, duplicates, unreadable lines), and on Import
 * sends it in batches with progress and a Cancel between batches. Every text from the file or the
 * server goes on the page as text (h() makes text nodes), so nothing in a file can become markup.
 */

import { knownLanguage, type Language } from '../../i18n/languages';
import { h } from '../../ui/dom';
import type { AsyncServer, StartDialog } from '../../ui/server';
import type { ImportContext } from '../contract';
import { fill, IMPORT_MESSAGES, problemText } from '../i18n';
import { batchesOf, type FilePreview, previewFile } from '../preview';
import { IMPORT_DIALOG_MESSAGES, type ImportDialogMessages } from './i18n';

/** The server functions the dialog calls. */
type AsyncImportApi = AsyncServer<'getImportContext' | 'createContactsSheet' | 'importContacts'>;

/** Problems listed on the page; the count says how many more there are. */
const LISTED_PROBLEMS = 200;

const ids = [
  'intro',
  'sheet-note',
  'make',
  'picker',
  'file-label',
  'file',
  'summary',
  'file-note',
  'ignored',
  'to-add',
  'duplicates',
  'unreadable',
  'problems',
  'status',
  'cancel',
  'import',
] as const;
type Parts = Record<(typeof ids)[number], HTMLElement>;

function parts(doc: Document): Parts {
  return Object.fromEntries(ids.map((id) => [id, doc.getElementById(id) as HTMLElement])) as Parts;
}

/** Shows a file's preview: counts and the lines it cannot read. */
function showPreview(
  p: Parts,
  t: ImportDialogMessages,
  language: Language,
  preview: Extract<FilePreview, { kind: 'ready' }>,
): void {
  const { file } = preview;
  const source = file.map.source === 'linkedin' ? t.sourceLinkedin : t.sourceCsv;
  p['file-note'].textContent = fill(t.encoding, { encoding: preview.encoding, source });
  p.ignored.hidden = file.map.ignored.length === 0;
  p.ignored.textContent = fill(t.ignoredColumns, { columns: file.map.ignored.join(', ') });
  p['to-add'].textContent = fill(t.toAdd, { n: preview.toAdd });
  p.duplicates.textContent = fill(t.duplicates, { n: preview.duplicates });
  p.unreadable.textContent = fill(t.unreadable, { n: preview.problems.length });
  const items = preview.problems
    .slice(0, LISTED_PROBLEMS)
    .map((problem) =>
      h(
        'li',
        { 'data-line': problem.line },
        fill(t.line, { line: problem.line, message: problemText(problem, language) }),
      ),
    );
  if (preview.problems.length > LISTED_PROBLEMS)
    items.push(h('li', {}, fill(t.moreProblems, { n: preview.problems.length - LISTED_PROBLEMS })));
  p.problems.replaceChildren(...items);
  p.summary.hidden = false;
}

/**
 * Runs the dialog in `doc`: texts in `initial` until the server names the user's language. Nothing
 * is written until Import; Cancel during an import stops after the batch under way.
 */
export const startImportDialog: StartDialog<AsyncImportApi> = async (doc, api, initial, close) => {
  const p = parts(doc);
  let t = IMPORT_DIALOG_MESSAGES[knownLanguage(initial)];
  let s = IMPORT_MESSAGES[knownLanguage(initial)];
  const importButton = p.import as HTMLButtonElement;
  const fileInput = p.file as HTMLInputElement;
  p.cancel.textContent = t.cancel;
  p.cancel.onclick = close;
  p.status.textContent = t.loading;
  let context: ImportContext;
  try {
    context = await api.getImportContext();
  } catch (error) {
    p.status.textContent = `${t.loadFailed} ${(error as Error).message}`;
    p.cancel.textContent = t.close;
    return;
  }
  t = IMPORT_DIALOG_MESSAGES[context.language] ?? t;
  s = IMPORT_MESSAGES[context.language] ?? s;
  doc.documentElement.lang = context.language;
  p.cancel.textContent = t.cancel;
  p.intro.textContent = t.intro;
  p['file-label'].textContent = t.chooseFile;
  importButton.textContent = t.import;
  p.status.textContent = '';

  const ready = (ctx: ImportContext) => {
    context = ctx;
    p['sheet-note'].textContent = fill(t.target, { sheet: ctx.sheet ?? '' });
    p.make.hidden = true;
    p.picker.hidden = false;
  };
  if (context.sheet === null) {
    p['sheet-note'].textContent = t.noSheet;
    p.make.textContent = t.makeSheet;
    p.make.hidden = false;
    p.make.onclick = async () => {
      (p.make as HTMLButtonElement).disabled = true;
      p.status.textContent = t.making;
      try {
        ready(await api.createContactsSheet());
        p.status.textContent = '';
      } catch (error) {
        p.status.textContent = (error as Error).message;
        (p.make as HTMLButtonElement).disabled = false;
      }
    };
  } else ready(context);

  let preview: FilePreview | null = null;
  fileInput.onchange = async () => {
    const picked = fileInput.files?.[0];
    importButton.hidden = true;
    p.summary.hidden = true;
    if (!picked) return;
    p.status.textContent = t.reading;
    preview = previewFile(new Uint8Array(await picked.arrayBuffer()), context.existing);
    if (preview.kind !== 'ready') {
      p.status.textContent = s.problems[preview.code];
      return;
    }
    showPreview(p, t, context.language, preview);
    p.status.textContent = preview.toAdd === 0 ? t.nothingToAdd : '';
    importButton.hidden = preview.toAdd === 0;
    importButton.disabled = false;
  };

  importButton.onclick = async () => {
    if (preview?.kind !== 'ready') return;
    const batches = batchesOf(preview.file);
    const readProblems = preview.file.problems.length;
    let cancelled = false;
    let added = 0;
    let duplicates = 0;
    let problems = readProblems;
    importButton.disabled = true;
    fileInput.disabled = true;
    p.cancel.onclick = () => {
      cancelled = true;
      p.status.textContent = t.stopping;
    };
    const finish = (text: string) => {
      p.status.textContent = text;
      p.cancel.textContent = t.close;
      p.cancel.onclick = close;
    };
    for (let i = 0; i < batches.length; i++) {
      if (cancelled) {
        finish(fill(t.stopped, { added, duplicates }));
        return;
      }
      p.status.textContent = fill(t.progress, { batch: i + 1, batches: batches.length, added });
      try {
        const result = await api.importContacts(batches[i]);
        added += result.added;
        duplicates += result.duplicates;
        problems += result.problems.length;
      } catch (error) {
        finish(fill(t.failed, { message: (error as Error).message, added }));
        return;
      }
    }
    // Every batch was sent (a Cancel during the last one came too late to stop anything).
    finish(fill(t.done, { added, duplicates, problems }));
  };
};
