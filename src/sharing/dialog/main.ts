/** Entry point of the sharing dialog's page (dist/SharingDialog.html). */

import { languageOfLocale } from '../../i18n/languages';
import { closeHost, serverFor } from '../../ui/server';
import { startDialog } from './page';

// The browser's language until the server says which one the user has chosen in Google.
void startDialog(
  document,
  serverFor('getSharingRows', 'applySharingRewrite'),
  languageOfLocale(navigator.language),
  closeHost,
);
