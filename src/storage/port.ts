/** The part of the Web Storage API the store uses; the widget passes `localStorage`. */
export interface StoragePort {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Browsers report a full storage as a DOMException named QuotaExceededError (code 22), Firefox
 * historically as NS_ERROR_DOM_QUOTA_REACHED (code 1014). Duck-typed: no DOM globals in `src/`.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}
