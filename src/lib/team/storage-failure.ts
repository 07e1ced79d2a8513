/**
 * Why the browser would not keep the team view's results, named for what it is: a full
 * store is not a private window, and a newer database is neither. Works on anything thrown
 * (IndexedDB rejects with DOMExceptions, whose `name` says the cause).
 */
export function storageCause(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return "this site's storage in the browser is full; clear space (or other sites' data) and try again";
    case 'VersionError':
      return 'this browser holds team results saved by a newer version of this site, which this page cannot read; reload to get the newest version (nothing was changed)';
    case 'NotFoundError':
      return "the browser's database for team results is missing a part it needs (another version of this site may have changed it); export what you need, then clear all results";
    case 'SecurityError':
    case 'InvalidStateError':
      return 'the browser does not allow this site to store data (as in some private windows, or with site data blocked)';
    case 'NoIndexedDB':
      return 'this browser has no IndexedDB storage (as in some private windows)';
    default:
      return `the browser refused${name ? ` (${name}${message && message !== name ? `: ${message}` : ''})` : message ? ` (${message})` : ''}`;
  }
}
