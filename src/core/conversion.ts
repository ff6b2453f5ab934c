/** Conversion rates: the share of contacts that became what the person counts as a conversion. */
import { RoiError } from './errors';

/** converted / contacts, for counts already added up. */
export function conversionRate(converted: number, contacts: number): number {
  if (converted < 0) throw new RoiError(`converted adds up to ${converted}; a count cannot be negative`);
  if (contacts < 0) throw new RoiError(`contacts adds up to ${contacts}; a count cannot be negative`);
  if (contacts === 0)
    throw new RoiError('there are no contacts to convert; enter a count of contacts above 0');
  if (converted > contacts) {
    throw new RoiError(`converted (${converted}) is more than contacts (${contacts}); check both counts`);
  }
  return converted / contacts;
}
