// The sharing dialog's page: texts and formulas from cells can never become markup.
import { en } from '../../src/i18n/en';
import { fi } from '../../src/i18n/fi';
import { ru } from '../../src/i18n/ru';
import { sharingDialogHtml } from '../../src/sharing/dialog';

describe('sharing dialog', () => {
  const html = sharingDialogHtml(en.sharing, [
    {
      sheetId: 1,
      row: 2,
      column: 3,
      cell: "'</script><b>'!C2",
      formula: '=NETROI(A1, "</script><script>alert(1)</script>")',
      reason: 'x & y',
      notes: [],
      value: null,
    },
  ]);
  it('carries every cell text as escaped JSON, never as markup', () => {
    expect(html).not.toContain('</script><b>');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('\\u003c/script\\u003e\\u003cb\\u003e');
    expect(html.match(/<script/g)).toHaveLength(4);
  });
  it('calls applySharingRewrite and offers freezing only with a number to freeze', () => {
    expect(html).toContain('.applySharingRewrite(choices)');
    expect(html).toContain('Replace it with its value (it shows no number, so it cannot be frozen)');
  });
  it('has every sharing text in Russian and Finnish', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(ru.sharing)).toEqual(keys(en.sharing));
    expect(keys(fi.sharing)).toEqual(keys(en.sharing));
  });
});
