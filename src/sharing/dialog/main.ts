/** Entry point of the sharing dialog's page (dist/SharingDialog.html). */

import { closeHost, serverFor } from '../../ui/server';
import type { Language } from '../../workbook/answers';
import { startDialog } from './page';

/** The browser's language until the server says which one the user has chosen in Google. */
function browserLanguage(): Language {
  const code = (navigator.language || 'en').split(/[-_]/)[0].toLowerCase();
  return code === 'ru' || code === 'fi' ? code : 'en';
}

void startDialog(document, serverFor('getSharingRows', 'applySharingRewrite'), browserLanguage(), closeHost);
