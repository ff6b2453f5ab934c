/** The add-on menu (Extensions → Networking ROI), its triggers and its handlers. */
import { ADDON_NAME, messages } from '../i18n';
import { selfTestTexts } from '../selftest/texts';
import type { Language } from '../workbook/answers';
import { userLanguage } from './language';
import { selfTestEnabled } from './selfTest';

/** The part of a Sheets open/install event the menu reads. */
export interface OpenEvent {
  authMode?: unknown;
}

/**
 * True in AuthMode.NONE (the add-on is installed but not yet used in this document). Compared by
 * name so that reading the mode needs no ScriptApp call; Apps Script enums print as their name.
 */
function isAuthModeNone(e: OpenEvent | undefined): boolean {
  return e !== undefined && e !== null && String(e.authMode) === 'NONE';
}

/**
 * Builds the add-on menu. Under AuthMode.NONE it only builds the menu, in English: that mode
 * allows no document, no properties and possibly no Session, and the menu must still appear.
 * Running any item enables the add-on in the document; the next open is localised.
 */
export function onOpen(e?: OpenEvent): void {
  const language: Language = isAuthModeNone(e) ? 'en' : userLanguage();
  const text = messages(language).menu;
  const menu = SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(text.buildWorkbook, 'showWizard')
    .addItem(text.enableFunctions, 'enableFunctions')
    .addItem(text.prepareForSharing, 'prepareForSharing')
    .addItem(text.importContacts, 'showImportDialog')
    .addItem(text.contactNow, 'showContactNow')
    .addSeparator()
    .addItem(text.help, 'showHelp');
  // The self-test only where its developer switched it on (./selfTest.ts); never under NONE, which reads no properties.
  if (!isAuthModeNone(e) && selfTestEnabled())
    menu.addSeparator().addItem(selfTestTexts(language).menu, 'runSelfTest');
  menu.addToUi();
}

/** Installing enables the add-on in the current document; the menu appears at once. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** Opens the wizard (dist/Sidebar.html) in the sidebar. */
export function showWizard(): void {
  const sidebar = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_NAME);
  SpreadsheetApp.getUi().showSidebar(sidebar);
}

/**
 * Confirms that the custom functions work here. Running any menu item is what enables an add-on
 * in a document, so the handler itself only has to say so.
 */
export function enableFunctions(): void {
  const text = messages(userLanguage()).menu;
  SpreadsheetApp.getActiveSpreadsheet().toast(text.functionsEnabled, ADDON_NAME);
}

/** Shows the help text in a dialog. */
export function showHelp(): void {
  const text = messages(userLanguage()).menu;
  const ui = SpreadsheetApp.getUi();
  ui.alert(text.helpTitle, text.helpText, ui.ButtonSet.OK);
}
