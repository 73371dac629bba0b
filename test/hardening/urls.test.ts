import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import type { LitElement } from 'lit';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { CatalogueError } from '../../src/catalogue/errors.js';
import type { Catalogue, Resource } from '../../src/catalogue/schema.js';
import { computeProfile } from '../../src/diagnostic/profile.js';
import { createEmptyState } from '../../src/storage/index.js';
import { recommend } from '../../src/recommend/index.js';
import {
  actionsContext,
  diagnosticContext,
  messagesContext,
} from '../../components/app/context.js';
import type { DiagnosticActions, DiagnosticSnapshot } from '../../components/app/context.js';
import { loadMessages } from '../../components/i18n/index.js';
import type { Messages } from '../../components/i18n/index.js';
import { resourceLink, safeHttpUrl } from '../../components/results/resource-link.js';
import '../../components/results/perseverance-fiche.js';
import '../../components/results/perseverance-resources.js';
import { makeValidCatalogue } from '../catalogue/fixtures.js';
import { settle } from '../journeys/helpers.js';

/** Addresses that must never become a link, whatever their case or padding. */
const HOSTILE = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  ' https://example.fr/',
  '\thttps://example.fr/',
  '\u00a0https://example.fr/',
  'https://example.fr/ ',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '//evil.example/',
  '///evil.example/',
  '/relative/path',
  'file:///etc/passwd',
  'blob:https://example.fr/1234',
  'about:blank',
  '',
];

const SAFE = ['https://example.fr/', 'http://example.fr/a?b=1#c', 'HTTPS://EXAMPLE.FR/x'];

describe('hardening 2 — resource addresses', () => {
  describe('the schema', () => {
    for (const url of HOSTILE) {
      it(`rejects ${JSON.stringify(url)} with the field's path`, () => {
        for (const [where, path] of [
          ['resource', 'resources[1].url'],
          ['contact', 'contact.url'],
        ] as const) {
          const c = makeValidCatalogue();
          if (where === 'resource') c.resources[1]!.url = url;
          else c.contact!.url = url;
          let error: unknown;
          try {
            parseCatalogue(c);
          } catch (caught) {
            error = caught;
          }
          expect(error, `${where}`).to.be.instanceOf(CatalogueError);
          const issue = (error as CatalogueError).issues.find((i) => i.path === path);
          expect(issue, `${path} among ${JSON.stringify((error as CatalogueError).issues)}`).to
            .exist;
          expect(issue!.message.startsWith(`${path} : `)).to.equal(true);
        }
      });
    }
  });

  describe('safeHttpUrl', () => {
    for (const url of HOSTILE) {
      it(`gives no link for ${JSON.stringify(url)}`, () => {
        expect(safeHttpUrl(url)).to.equal(null);
      });
    }
    for (const url of SAFE) {
      it(`keeps ${url}`, () => {
        expect(new URL(safeHttpUrl(url)!).protocol).to.match(/^https?:$/);
      });
    }
    it('gives no link for a missing or non-string address', () => {
      expect(safeHttpUrl(undefined)).to.equal(null);
      expect(safeHttpUrl(42)).to.equal(null);
      expect(safeHttpUrl({ toString: () => 'https://example.fr/' })).to.equal(null);
    });
  });

  describe('views given a catalogue that bypassed the schema', () => {
    let m: Messages;
    before(async () => {
      m = await loadMessages('fr', ['results']);
    });

    /** The test catalogue plus one resource per hostile address, all on the « climat » axis. */
    function injected(): Catalogue {
      const c = makeValidCatalogue();
      const extra: Resource[] = HOSTILE.map((url, index) => ({
        id: `hostile-${index}`,
        title: `Ressource piégée ${index}`,
        kind: 'site',
        url,
        keys: ['accueillir'],
        axes: ['climat'],
      }));
      return { ...c, resources: [...c.resources, ...extra] };
    }

    async function provide(tag: 'perseverance-fiche' | 'perseverance-resources') {
      const catalogue = injected();
      const answers = Object.fromEntries(catalogue.questions.map((q) => [q.id, 0 as const]));
      const profile = computeProfile(catalogue, answers, { version: 'complet' });
      const establishment = { levels: ['college' as const], doneFicheIds: [] };
      const snapshot: DiagnosticSnapshot = {
        catalogue,
        state: { ...createEmptyState(catalogue), answers },
        profile,
        answered: profile.overall,
        recommendations: recommend(catalogue, profile, establishment),
        establishment,
        view: tag === 'perseverance-fiche' ? 'fiche' : 'resources',
        step: 0,
        ficheId: catalogue.fiches[0]!.id,
        layout: 'steps',
        storageMode: 'persistent',
        savedAt: null,
        hasSavedProgress: false,
        visitedSteps: [],
        notices: [],
        sessionUi: { section: null, projector: false, ticks: [], ticksFor: null },
      };
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, { context: diagnosticContext, initialValue: snapshot });
      new ContextProvider(host, { context: messagesContext, initialValue: m });
      new ContextProvider(host, {
        context: actionsContext,
        initialValue: {} as DiagnosticActions,
      });
      const view = document.createElement(tag) as LitElement;
      host.append(view);
      await settle(view);
      return { view, catalogue };
    }

    for (const tag of ['perseverance-fiche', 'perseverance-resources'] as const) {
      it(`<${tag}> lists each hostile resource as plain text, without a link`, async () => {
        const { view } = await provide(tag);
        const root = view.shadowRoot!;
        const text = root.textContent!;
        HOSTILE.forEach((_, index) => expect(text).to.include(`Ressource piégée ${index}`));
        const links = [...root.querySelectorAll('a')];
        expect(links.map((link) => link.textContent?.trim())).to.satisfy((titles: string[]) =>
          titles.every((title) => !title.includes('piégée')),
        );
        // Besides resources, only the catalogue's contact address, checked before it is a link.
        for (const link of links)
          if (link.protocol === 'mailto:')
            expect(link.getAttribute('href')).to.match(
              /^mailto:[^\s<>"?&]+@[^\s<>"?&]+\.[a-z]{2,}$/i,
            );
          else expect(link.protocol).to.match(/^https?:$/);
        expect(text).to.include(m.resources.noLink);
      });
    }

    it('resourceLink renders the safe one as a link and the others as text', async () => {
      const render = async (url: string) => {
        const host = await fixture<HTMLDivElement>(
          html`<div>
            ${resourceLink(
              { id: 'x', title: 'Titre', kind: 'site', url, keys: ['accueillir'], axes: [] },
              m,
            )}
          </div>`,
        );
        return host.querySelector('a');
      };
      expect((await render('https://example.fr/'))!.href).to.equal('https://example.fr/');
      for (const url of HOSTILE) expect(await render(url), JSON.stringify(url)).to.equal(null);
    });
  });
});
