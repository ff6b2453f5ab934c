// Formula errors as Sheets words them: HyperFormula's error types and messages mapped, in one
// table, to the code a Sheets cell shows and the sentence its hover card gives.

/** What a Sheets cell shows for an error: its code and the sentence on hover. */
export interface SheetsError {
  code: string;
  message: string;
}

/** An error as HyperFormula reports it (DetailedCellError's type, value and message). */
export interface EngineError {
  type: string;
  value: string;
  message: string;
}

/** Sheets' sentence for a formula it cannot read (any locale). */
export const PARSE_ERROR: SheetsError = { code: '#ERROR!', message: 'Formula parse error.' };

/** HyperFormula's messages that name what was not found: Sheets names it in quotes. */
const UNKNOWN_FUNCTION = /^Function name (.+) not recognized\.$/;
const UNKNOWN_NAME = /^Named expression (.+) not recognized\.$/;

/**
 * Sheets' wording for each HyperFormula error type. A custom function's own sentence (an #ERROR!
 * with a message that is not the parser's) is kept: that is what Sheets shows for a thrown error.
 */
const BY_TYPE: Record<string, (message: string) => SheetsError> = {
  ERROR: (message) =>
    message === '' || message.startsWith('Parsing error') ? PARSE_ERROR : { code: '#ERROR!', message },
  NAME: (message) => {
    const fn = UNKNOWN_FUNCTION.exec(message);
    if (fn) return { code: '#NAME?', message: `Unknown function: '${fn[1]}'.` };
    const name = UNKNOWN_NAME.exec(message);
    if (name) return { code: '#NAME?', message: `Unknown range name: '${name[1]}'.` };
    return { code: '#NAME?', message: message || 'Unknown name.' };
  },
  // HyperFormula does not say which function divided; `/` (Sheets' DIVIDE) is by far the most common.
  DIV_BY_ZERO: () => ({ code: '#DIV/0!', message: 'Function DIVIDE parameter 2 cannot be zero.' }),
  REF: () => ({ code: '#REF!', message: 'Reference does not exist.' }),
  // Sheets reports a circular reference as #REF! with this sentence; HyperFormula as #CYCLE!.
  CYCLE: () => ({
    code: '#REF!',
    message: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
  }),
  VALUE: (message) => ({
    code: '#VALUE!',
    message:
      message === 'Value cannot be coerced to number.'
        ? 'A function expects number values, but a value is text that cannot be coerced to a number.'
        : message || 'A value in the formula has the wrong type.',
  }),
  NA: (message) => ({ code: '#N/A', message: message || 'Value not available.' }),
  NUM: (message) => ({
    code: '#NUM!',
    message:
      message === 'NaN or infinite value encountered.'
        ? 'The result is not a real number or is too large.'
        : message,
  }),
  SPILL: () => ({ code: '#REF!', message: 'Array result was not expanded because it would overwrite data.' }),
};

/** The code and sentence Sheets would show for an engine error. */
export function sheetsError(error: EngineError): SheetsError {
  const map = BY_TYPE[error.type];
  if (map) return map(error.message);
  return { code: error.value, message: error.message || error.value };
}
