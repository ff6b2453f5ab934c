/**
 * The document lock every command that writes to the spreadsheet holds (a build, an import batch,
 * Prepare for sharing's Apply), so that no two of them interleave in one spreadsheet.
 */
import { messages } from '../i18n';
import { userLanguage } from './language';

/** How long a command waits for another one in the same spreadsheet before giving up. */
export const LOCK_TIMEOUT_MS = 20000;

/**
 * Runs `work` holding the document lock. When another command holds it past LOCK_TIMEOUT_MS,
 * nothing runs and the person is told, in their language, to wait and try again.
 * getDocumentLock() answers null outside a containing document: then there is no other command
 * to wait for, and the work runs without the lock rather than being refused.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) return work();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) throw new Error(messages(userLanguage()).busy);
  try {
    return work();
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // The work is done (or has failed with its own error); Apps Script releases the lock when the
      // execution ends anyway, so a failed release must not turn a complete command into an error.
    }
  }
}
