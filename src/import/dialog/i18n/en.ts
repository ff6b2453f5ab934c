/**
 * English texts of the import dialog's page (dist/ImportDialog.html). This file is the source of the
 * `ImportDialogMessages` shape: Russian and Finnish provide every key. The sentences the server
 * also words (problems, errors) and the header names live in src/import/i18n.
 */
export const en = {
  intro:
    'Pick a LinkedIn connections export (Connections.csv) or any CSV file whose first row names the columns: Name (or First Name and Last Name) and any of Company, Email, Date met, Channel, Stage, Deal value, Notes. Nothing is written until you press Import.',
  chooseFile: 'CSV file',
  loading: 'Reading the Contacts log…',
  loadFailed: 'The Contacts log could not be read:',
  reading: 'Reading the file…',
  noSheet:
    'This spreadsheet has no Contacts log (a sheet named Contacts, or the named range LogName). Make one, laid out as the wizard makes it, and import into it?',
  makeSheet: 'Make a Contacts sheet',
  making: 'Making the Contacts sheet…',
  target: 'Contacts are added below the last filled row of the sheet "{sheet}".',
  encoding: 'Read as {encoding}; {source}.',
  sourceLinkedin: 'a LinkedIn export: Channel is set to LinkedIn and Date met to Connected On',
  sourceCsv: 'a CSV file',
  ignoredColumns: 'Columns not imported: {columns}.',
  toAdd: 'Rows to add: {n}',
  duplicates: 'Duplicates skipped: {n}',
  unreadable: 'Lines that cannot be read as they are: {n}',
  line: 'Line {line}: {message}',
  moreProblems: '… and {n} more.',
  import: 'Import',
  cancel: 'Cancel',
  close: 'Close',
  progress: 'Importing: batch {batch} of {batches}, {added} rows added so far…',
  stopping: 'Stopping after this batch…',
  done: 'Done: {added} rows added, {duplicates} duplicates skipped, {problems} lines reported.',
  stopped:
    'Stopped: {added} rows added before Cancel, {duplicates} duplicates skipped; the rest of the file was not imported.',
  failed: 'The import stopped: {message} Rows added before it: {added}.',
  nothingToAdd: 'Nothing to add: every row is already in the log or cannot be read.',
};

type Widen<T> = { [K in keyof T]: string };

/** The shape every language provides. */
export type ImportDialogMessages = Widen<typeof en>;
