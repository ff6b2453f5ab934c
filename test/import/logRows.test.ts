// Growing the Contacts log past its prepared rows: which ranges stretch, and which names are the log's.

import { logColumnOfName, stretchedA1 } from '../../src/import/logRows';
import { logColumn } from '../../src/workbook/contactsLog';

describe('stretchedA1', () => {
  it('stretches the ranges that run down to the last prepared row, and only those', () => {
    // The wizard's log: data rows 2–1001; the due highlight A2:P1001, the inputs A2:N1001 and P2:P1001.
    expect(stretchedA1('A2:P1001', 1001, 6001)).toBe('A2:P6001');
    expect(stretchedA1('P2:P1001', 1001, 6001)).toBe('P2:P6001');
    expect(stretchedA1('E1001', 1001, 6001)).toBe('E1001:E6001');
    // The header, a person's rule over a few rows, a range past the prepared rows: as they are.
    expect(stretchedA1('A1:P1', 1001, 6001)).toBeNull();
    expect(stretchedA1('A1:P1001', 1001, 6001)).toBeNull();
    expect(stretchedA1('B2:B20', 1001, 6001)).toBeNull();
    expect(stretchedA1('A2:A2000', 1001, 6001)).toBeNull();
  });
});

describe('logColumnOfName', () => {
  it('knows the log’s names, a second workbook’s suffixed ones too, and no one else’s', () => {
    expect(logColumnOfName('LogDealValue')).toBe(logColumn('dealValue'));
    expect(logColumnOfName('LogDealValue_2')).toBe(logColumn('dealValue'));
    expect(logColumnOfName('logname')).toBe(logColumn('name'));
    expect(logColumnOfName('ActualReturn')).toBeNull();
    expect(logColumnOfName('MyLogName')).toBeNull();
  });
});
