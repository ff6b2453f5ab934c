/** Which sheets a build makes, in tab order: the one rule for the builder and the wizard's review. */
import type { Extras } from './answers';
import type { SheetKey } from './plan';

/** The keys of the sheets a build makes for these extras, in tab order. */
export function plannedSheetKeys(extras: Extras): SheetKey[] {
  const keys: SheetKey[] = ['plan', 'summary'];
  // The Actual sheet is fed by the contacts log: one comes with the other (SPEC section 5).
  if (extras.contactsLog) keys.push('contacts', 'actual');
  if (extras.channels) keys.push('channels');
  // The Events table counts contacts met from the log (SPEC section 9): it comes only with the log.
  if (extras.events && extras.contactsLog) keys.push('events');
  return keys;
}
