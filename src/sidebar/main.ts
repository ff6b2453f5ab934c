/** Entry point of the sidebar page: mounts the wizard on #app and loads the server's defaults. */

import { languageOfLocale } from '../i18n/languages';
import { serverFor } from '../ui/server';
import { Wizard } from './wizard';

// The browser's language until the server says which one the user has chosen in Google.
const root = document.getElementById('app');
if (root)
  void new Wizard(
    root,
    serverFor('getWizardDefaults', 'buildWorkbook'),
    languageOfLocale(navigator.language),
  ).start();
