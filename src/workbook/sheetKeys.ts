/** Which sheets a build makes, in tab order: the one rule for the builder and the wizard's review. */
import type { Extras } from './answers';
import type { SheetKey } from './plan';

/** The keys of the sheets a build makes for these extras, in tab order. */
export function plannedSheetKeys(extras: Extras): SheetKey[] {
  const keys: SheetKey[] = ['plan', 'summary'];
  if (extras.contactsLog) keys.push('contacts');
  if (extras.channels) keys.push('channels');
  return keys;
}
