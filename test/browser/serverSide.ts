/**
 * The server-side functions behind the browser tests' stand-in server, in one place so that the
 * stand-in can be pointed at other implementations with a one-line change per module.
 */
export { defaultAnswers } from '../../src/workbook/defaults';
export { planWorkbook } from '../../src/workbook/planWorkbook';
export { validateAnswers } from '../../src/workbook/validate';
