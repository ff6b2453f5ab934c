/** Entry point of the import dialog's page (dist/ImportDialog.html). */
import type { Language } from '../../workbook/answers';
import { startImportDialog } from './page';
import { closeDialog, server } from './server';

/** The browser's language until the server says which one the user has chosen in Google. */
function browserLanguage(): Language {
  const code = (navigator.language || 'en').split(/[-_]/)[0].toLowerCase();
  return code === 'ru' || code === 'fi' ? code : 'en';
}

void startImportDialog(document, server, browserLanguage(), closeDialog);
