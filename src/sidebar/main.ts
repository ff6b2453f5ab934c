/** Entry point of the sidebar page: mounts the wizard on #app and loads the server's defaults. */
import { serverFor } from '../ui/server';
import type { Language } from '../workbook/answers';
import { Wizard } from './wizard';

/** The browser's language until the server says which one the user has chosen in Google. */
function browserLanguage(): Language {
  const code = (navigator.language || 'en').split(/[-_]/)[0].toLowerCase();
  return code === 'ru' || code === 'fi' ? code : 'en';
}

const root = document.getElementById('app');
if (root) void new Wizard(root, serverFor('getWizardDefaults', 'buildWorkbook'), browserLanguage()).start();
