/**
 * The server-side functions the browser tests' stand-in server calls. Each line picks the fixture
 * or the real module; switching one to src/workbook/... is a one-line change.
 */
export { defaultAnswers, planWorkbook, validateAnswers } from './fixtures/workbook';
