/** Entry point of the import dialog's page (dist/ImportDialog.html). */
import { languageOfLocale } from '../../i18n';
import { closeHost, serverFor } from '../../ui/server';
import { startImportDialog } from './page';

const server = serverFor('getImportContext', 'createContactsSheet', 'importContacts');

// The browser's language until the server says which one the user has chosen in Google.
void startImportDialog(document, server, languageOfLocale(navigator.language), closeHost);
