// The sharing dialog's sentences built from the server's codes (test/i18n/parity.test.ts holds the
// languages to the same keys and placeholders).
import {
  dialogMessages,
  freezeLabel,
  reasonText,
  SHARING_DIALOG_MESSAGES,
} from '../../../src/sharing/dialog/i18n';
import type { RefusalCode } from '../../../src/sharing/native';

describe('the sharing dialog sentences', () => {
  const t = SHARING_DIALOG_MESSAGES.en;

  it('offer freezing with the value the cell shows', () => {
    expect(freezeLabel(t, 3.5)).toBe('Replace it with its value 3.5');
  });

  it('fall back to English for a reason code or a language the dialog does not know', () => {
    expect(reasonText(SHARING_DIALOG_MESSAGES.ru, { code: 'someNewCode' as RefusalCode })).toBe(
      t.reasons.other,
    );
    expect(dialogMessages('de')).toBe(t);
    expect(dialogMessages('ru')).toBe(SHARING_DIALOG_MESSAGES.ru);
  });

  it('give the function’s sentence for a call that shows an error now', () => {
    expect(reasonText(t, { code: 'showsError', message: 'NETROI: costs are missing.' })).toBe(
      'The function says: NETROI: costs are missing.',
    );
  });

  it('word a refusal with the function and argument it is about', () => {
    expect(reasonText(t, { code: 'missingArgument', fn: 'NETROI', arg: 'costs' })).toBe(
      'NETROI: costs is missing.',
    );
    const codes = Object.keys(t.reasons) as RefusalCode[];
    for (const code of codes)
      expect(reasonText(t, { code, fn: 'NETROI', arg: 'costs' })).not.toMatch(/\{\w+\}/);
  });
});
