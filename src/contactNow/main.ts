/** Entry point of the "who to contact now" panel (dist/ContactNow.html). */
import { languageOfLocale } from '../i18n';
import { serverFor } from '../ui/server';
import { startContactNow } from './page';

const server = serverFor('getContactsToTouch', 'recordTouchToday', 'selectContactRow');

// The browser's language until the server says which one the user has chosen in Google.
void startContactNow(document, server, languageOfLocale(navigator.language));
