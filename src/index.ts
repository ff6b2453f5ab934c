/**
 * The whole public server surface of the add-on. scripts/build.mjs generates one top-level
 * `function` declaration in dist/Code.js for every function exported here: custom functions (with
 * their JSDoc from src/functions/table.ts), triggers, menu handlers and the calls the sidebar
 * makes. Anything not exported here is private to the bundle.
 */
export {
  ANNUALIZED_ROI,
  CONVERSION_RATE,
  DISCOUNTED_ROI,
  NETROI,
  PAYBACK_PERIOD,
  REAL_ROI,
} from './functions';
export { buildWorkbook, getWizardDefaults, validateWizardAnswers } from './server/api';
export { getContactsToTouch, recordTouchToday, selectContactRow, showContactNow } from './server/contactNow';
export { createContactsSheet, getImportContext, importContacts, showImportDialog } from './server/import';
export { enableFunctions, onInstall, onOpen, showHelp, showWizard } from './server/menu';
export { runSelfTest } from './server/selfTest';
export { applySharingRewrite, getSharingRows, prepareForSharing } from './server/sharing';
export { planWorkbook } from './workbook/planWorkbook';
