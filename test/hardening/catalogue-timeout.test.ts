import { expect } from '@open-wc/testing';
import { loadCatalogue } from '../../components/app/catalogue-loader.js';
import { messagesFor } from '../../components/i18n/index.js';
import { defaultCatalogue } from '../../src/catalogue/default.js';

const messages = messagesFor('fr');

/** Replaces `fetch` for one test; restored in `finally`. */
async function withFetch<T>(fake: typeof fetch, run: () => Promise<T>): Promise<T> {
  const real = globalThis.fetch;
  globalThis.fetch = fake;
  try {
    return await run();
  } finally {
    globalThis.fetch = real;
  }
}

/** A server that never answers: the request only ends when its signal aborts. */
const neverAnswers: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('aborted', 'AbortError')),
    );
  });

describe('hardening 2 — the host’s catalogue: bounded waits', () => {
  it('gives up on a server that never answers, with a French message (no endless « Chargement »)', async () => {
    const result = await withFetch(neverAnswers, () =>
      loadCatalogue('/catalogue.json', messages, undefined, { timeoutMs: 50 }),
    );
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.problem.message).to.equal(
        'Le catalogue « /catalogue.json » n’a pas pu être chargé : le serveur n’a pas répondu en 20 secondes.',
      );
  });

  it('tries a network failure once more, after a wait: a dropped connection recovers', async () => {
    let calls = 0;
    const flaky: typeof fetch = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(defaultCatalogue), { status: 200 });
    };
    const result = await withFetch(flaky, () =>
      loadCatalogue('/catalogue.json', messages, undefined, { retryDelayMs: 1 }),
    );
    expect(calls).to.equal(2);
    expect(result.ok).to.equal(true);
  });

  it('asks twice at most, and not again for an HTTP error', async () => {
    let calls = 0;
    const down: typeof fetch = async () => {
      calls += 1;
      throw new TypeError('Failed to fetch');
    };
    const result = await withFetch(down, () =>
      loadCatalogue('/c.json', messages, undefined, { retryDelayMs: 1 }),
    );
    expect(calls).to.equal(2);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.problem.message).to.include('le réseau ou le serveur est inaccessible');
    calls = 0;
    const missing: typeof fetch = async () => {
      calls += 1;
      return new Response('', { status: 404 });
    };
    await withFetch(missing, () =>
      loadCatalogue('/c.json', messages, undefined, { retryDelayMs: 1 }),
    );
    expect(calls).to.equal(1);
  });
});
