// The sidebar's texts: a label for every field of the wizard (test/i18n/parity.test.ts holds the
// languages to the same keys and placeholders).
import { FIELDS } from '../../src/sidebar/fields';
import { SIDEBAR_MESSAGES } from '../../src/sidebar/i18n';

describe('the sidebar texts', () => {
  it('give every field of the wizard a label', () => {
    for (const f of FIELDS)
      expect([f.path, typeof SIDEBAR_MESSAGES.en.fields[f.path]]).toEqual([f.path, 'string']);
  });
});
