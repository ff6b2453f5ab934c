// The preview shows numbers as the Sheets number formats of a workbook plan would.
import { formatValue } from '../../../dev/preview/numberFormat';

describe('formatValue', () => {
  it.each([
    [1234.5, '#,##0.00', '1,234.50'],
    [1234.5, '0', '1235'],
    [0.256, '0.0%', '25.6%'],
    [-0.05, '0%', '-5%'],
    [1500, '[$€]#,##0.00', '€1,500.00'],
    [1500, '#,##0 [$₽]', '1,500 ₽'],
    [-1500, '"€"#,##0;-"€"#,##0', '-€1,500'],
    [-1500, '#,##0;(#,##0)', '(1,500)'],
    [0, '#,##0;(#,##0);"–"', '–'],
    [46388, 'mmm yyyy', 'Jan 2027'],
    [46388, 'yyyy-mm', '2027-01'],
  ])('shows %p under %p as %p', (value, pattern, shown) => {
    expect(formatValue(value, pattern)).toBe(shown);
  });

  it('shows numbers without a format with up to 10 significant digits', () => {
    expect(formatValue(1 / 3)).toBe('0.3333333333');
    expect(formatValue(42)).toBe('42');
  });

  it('shows text, booleans and blanks as themselves', () => {
    expect(formatValue('Client')).toBe('Client');
    expect(formatValue(true)).toBe('TRUE');
    expect(formatValue(null)).toBe('');
  });
});
