/**
 * The workbook's dropdowns of names kept elsewhere in it (the Channels, the events, the log's own
 * names, a team's members): each offers the list and allows another value with a warning, under
 * one help text, so every such dropdown is one rule shape and one help text for the build.
 */
import { sheetRef } from '../cells';
import type { ValidationRule } from '../plan';
import { CHANNEL_NAMES } from './channels';
import type { BuildContext } from './context';

/** A dropdown of the names in `source` (a quoted sheet range) for `range`; other values allowed, with a warning. */
export function namesDropdown(ctx: BuildContext, range: string, source: string): ValidationRule {
  return { range, kind: 'listFromRange', source, allowInvalid: true, helpText: ctx.texts.contacts.listHelp };
}

/** The Channels sheet's names as a dropdown when that sheet is built; null (free text) without it. */
export function channelDropdown(ctx: BuildContext, range: string): ValidationRule | null {
  return ctx.answers.extras.channels
    ? namesDropdown(ctx, range, sheetRef(ctx.names.channels, CHANNEL_NAMES))
    : null;
}
