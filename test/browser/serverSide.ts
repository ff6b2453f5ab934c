/**
 * The server-side functions the browser tests' stand-in server calls: the real workbook modules.
 * Each line picks one; ./fixtures/workbook.ts has same-signature stand-ins (kept for when a module
 * is being rewritten), so switching back is a one-line change.
 */
export { defaultAnswers } from '../../src/workbook/defaults';
export { planWorkbook } from '../../src/workbook/planWorkbook';
export { validateAnswers } from '../../src/workbook/validate';
