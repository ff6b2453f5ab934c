/**
 * English texts of the contacts import (SPEC section 7) that the dialog and the server share: the
 * sentences for lines that cannot be read and for refused batches, and the header and stage names
 * the import recognises. The dialog's own labels are in src/import/dialog/i18n, so that they stay
 * out of dist/Code.js. This file is the source of the `ImportMessages` shape: Russian and Finnish
 * provide every key. `{name}` marks a value filled in at run time.
 */
export const en = {
  /** Why the file or a line cannot be read. */
  problems: {
    empty: 'The file is empty.',
    noHeader:
      'No header row was found: the first row of the file (after any notes) must name the columns, with Name or First Name and Last Name, and at least one of Company, Email, Date met, Channel, Met at, Introduced by, Stage, Deal value, Notes.',
    quotes: 'A quoted field is not closed: the line is not imported; add the missing " and import again.',
    noName: 'There is no name: fill in {column}, or this line is not imported.',
    badDate:
      '"{value}" in {column} is not a date this import reads; write it as 2024-03-15, 15.03.2024 or 15 Mar 2024. The date is left empty.',
    slashDate:
      '"{value}" in {column} could be month/day or day/month; write it as 2024-03-15. The date is left empty.',
    badAmount:
      '"{value}" in {column} is not an amount of 0 or more; write it like 1500 or 1500.50. The amount is left empty.',
    badStage: '"{value}" in {column} is not one of the stages ({stages}); the stage is left empty.',
    outOfBounds:
      '"{value}" in {column} is outside what the log accepts there ({min} to {max}); the amount is left empty.',
    tooLong:
      'The text in {column} is longer than a Google Sheets cell holds ({length} characters; at most {max}): the line is not imported; shorten the text and import again.',
    extraCells:
      'The line has {cells} cells but the header names {columns} columns: a value holding a comma or semicolon probably lacks quotes around it. The line is not imported; fix it and import again.',
  },
  /** Errors the server answers with; the import stops and says why. */
  errors: {
    noSheet: 'The spreadsheet has no Contacts log; make one from this dialog and import again.',
    badBatch: 'The batch of rows is not readable: header and rows must be lists of texts.',
    tooMany: 'A batch holds {n} rows; send at most {max} at a time.',
    badHeader:
      'The header does not name the columns the import needs: Name (or First Name and Last Name) and at least one of Company, Email, Date met, Channel, Met at, Introduced by, Stage, Deal value, Notes.',
    wrongSource: 'The batch says it is a {said} file, but its header is that of a {found} file.',
    otherLayout:
      'The sheet “{sheet}” does not have the contacts log’s columns ({columns}), so nothing was imported. Rename that sheet and make a new log from this dialog, or build the workbook again.',
  },
  /**
   * Header names the import recognises, by field; matched ignoring case, spaces and punctuation.
   * The log's own column labels are recognised as well (see src/import/header.ts).
   */
  headers: {
    name: ['Name', 'Full name', 'Contact name'],
    firstName: ['First name', 'Given name'],
    lastName: ['Last name', 'Surname', 'Family name'],
    company: ['Company', 'Organization', 'Organisation', 'Employer'],
    contact: ['Email', 'E-mail', 'Email address', 'Email or profile', 'Mail'],
    url: ['URL', 'Profile', 'Profile URL', 'LinkedIn'],
    connectedOn: ['Connected on'],
    dateMet: ['Date met', 'Met on', 'Date'],
    channel: ['Channel', 'Source', 'Where met'],
    metAt: ['Met at', 'Event', 'Met at event'],
    introducedBy: ['Introduced by', 'Referred by', 'Referrer', 'Introducer'],
    stage: ['Stage', 'Status'],
    dealValue: ['Deal value', 'Deal', 'Value', 'Amount', 'Revenue'],
    notes: ['Notes', 'Note', 'Comment', 'Comments'],
  },
  /** Stage names the import recognises besides the log's own stage labels. */
  stages: {
    new: ['New', 'Lead'],
    inTouch: ['In touch', 'Contacted'],
    met: ['Met', 'Meeting'],
    proposal: ['Proposal', 'Offer'],
    client: ['Client', 'Customer'],
    partner: ['Partner'],
    lost: ['Lost'],
  },
};

type Widen<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends string[] ? string[] : Widen<T[K]>;
};

/** The shape every language provides. */
export type ImportMessages = Widen<typeof en>;
