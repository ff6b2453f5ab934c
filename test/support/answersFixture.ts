/** The wizard answers of the specification's example (section 3), for server round trips. */

import example from '../../docs/example-answers.json';
import type { WizardAnswers } from '../../src/workbook/answers';

/** A fresh copy of the specification's example answers, from docs/example-answers.json. */
export function exampleAnswers(): WizardAnswers {
  return JSON.parse(JSON.stringify(example)) as WizardAnswers;
}
