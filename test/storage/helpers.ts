import type { StoragePort } from '../../src/storage/index.js';

/** Freezes a value and everything in it, to prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export interface FakePortOptions {
  /** Throw on getItem / setItem / removeItem (a browser refusing access). */
  readonly failGet?: boolean;
  readonly failRemove?: boolean;
  /** Decides, per key, whether setItem throws and with what. */
  readonly failSet?: (key: string) => unknown;
}

/** An in-memory StoragePort whose failures tests can choose. */
export class FakePort implements StoragePort {
  readonly items = new Map<string, string>();
  setCalls = 0;

  constructor(private readonly options: FakePortOptions = {}) {}

  getItem(key: string): string | null {
    if (this.options.failGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.setCalls += 1;
    const failure = this.options.failSet?.(key);
    if (failure !== undefined) throw failure;
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.options.failRemove)
      throw new DOMException('The operation is insecure.', 'SecurityError');
    this.items.delete(key);
  }
}

export const quotaError = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');
