/**
 * Why the browser would not keep the team view's results, named for what it is: a full
 * store is not a private window, and a newer database is neither. Works on anything thrown
 * (IndexedDB rejects with DOMExceptions, whose `name` says the cause).
 */
import { phrase, type Phrase } from './phrase.ts';

export function storageCause(error: unknown): Phrase {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return phrase('team.storage.full');
    case 'VersionError':
      return phrase('team.storage.newer');
    case 'NotFoundError':
      return phrase('team.storage.missingPart');
    case 'SecurityError':
    case 'InvalidStateError':
      return phrase('team.storage.blocked');
    case 'NoIndexedDB':
      return phrase('team.storage.none');
    default:
      // The browser's own words stay as they are: they are what a support page would search for.
      return phrase('team.storage.refused', { detail: name ? ` (${name}${message && message !== name ? `: ${message}` : ''})` : message ? ` (${message})` : '' });
  }
}
