import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import catalogue from '../../data/catalogue.json' with { type: 'json' };

/**
 * The default catalogue against the five documents it was written from (`../shared/seeds/`, text
 * extractions of PDFs and web pages): every link as the source writes it, every document cited as
 * it presents itself, every axis served by something to do.
 */

const SEEDS_DIR = new URL('../../../shared/seeds/', import.meta.url);
const SEED_FILES = [
  'cles-de-la-perseverance.txt',
  'livret-semaine-perseverance-2019-fiches-actions.txt',
  'fiche-methode-1-mode-emploi-semaine-2021.txt',
  'fiche-methode-communiquer-valoriser-2022.txt',
  'fiche-mutualisation-1-ceremonie-diplomes-perseverance.txt',
] as const;

interface Seed {
  readonly file: string;
  /** The text with its line breaks (and the spaces around them) removed: wrapped URLs whole again. */
  readonly joined: string;
  /** Positions in `joined` where a line break was removed: a URL may end there. */
  readonly breaks: ReadonlySet<number>;
  /** The text with runs of white space made one space, line breaks included. */
  readonly flat: string;
}

function readSeed(file: string): Seed {
  const raw = readFileSync(new URL(file, SEEDS_DIR), 'utf8');
  let joined = '';
  const breaks = new Set<number>();
  for (const [index, line] of raw.split(/\r?\n/).entries()) {
    const piece = index === 0 ? line.trimEnd() : line.trim();
    if (index > 0) breaks.add(joined.length);
    joined += piece;
  }
  return { file, joined, breaks, flat: raw.replace(/\s+/g, ' ') };
}

const SEEDS = SEED_FILES.map(readSeed);

/** A character that may continue a URL in the seeds' text. */
const URL_CHAR = /[^\s<>"«»()[\]]/u;

/**
 * Whether `url` is written in a seed, whole: found once its wrapped lines are joined, and ending
 * where the source's URL ends (a character that cannot continue it, or a line break), so a
 * truncated address does not pass as the source's.
 */
function writtenInSeeds(url: string): boolean {
  return SEEDS.some(({ joined, breaks }) => {
    for (let at = joined.indexOf(url); at !== -1; at = joined.indexOf(url, at + 1)) {
      const end = at + url.length;
      const next = joined[end];
      if (next === undefined || !URL_CHAR.test(next) || breaks.has(end)) return true;
    }
    return false;
  });
}

interface Found {
  readonly path: string;
  readonly url: string;
  readonly repair?: { readonly sourceText: string; readonly reason: string };
}

/** Every address of the catalogue: the `url` fields (with their repair) and those inside texts. */
function catalogueUrls(): Found[] {
  const found: Found[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (/\.sourceText$|^\$\.\$schema$/.test(path)) return;
      for (const url of value.match(/\bhttps?:\/\/[^\s«»]+/g) ?? []) found.push({ path, url });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [key, item] of Object.entries(record)) {
        if (key === 'url' && typeof item === 'string') {
          const repair = record['urlRepair'] as Found['repair'] | undefined;
          found.push({ path: `${path}.url`, url: item, ...(repair ? { repair } : {}) });
        } else walk(item, `${path}.${key}`);
      }
    }
  };
  walk(catalogue, '$');
  return found;
}

type Source = {
  document: string;
  kind?: string;
  number?: number;
  academie?: string;
  year?: number;
  page?: number;
};

/**
 * The five documents as they present themselves: their kind, their own number, the académie they
 * name and their date, or none where they give none. « Les clés de la persévérance » names no
 * académie and gives no date; the fiche mutualisation gives neither either.
 */
const DOCUMENTS: ReadonlyArray<{
  readonly name: string;
  readonly title: string;
  readonly matches: (source: Source) => boolean;
}> = [
  {
    name: 'Les clés de la persévérance',
    title: 'Les clés de la persévérance',
    matches: (s) =>
      s.kind === undefined &&
      s.number === undefined &&
      s.academie === undefined &&
      s.year === undefined,
  },
  {
    name: 'livret 2019 (ses fiches actions n°1 à 15, ou le livret lui-même)',
    title: 'Livret Semaine de la persévérance scolaire 2019',
    matches: (s) =>
      s.academie === 'académie de Créteil' &&
      s.year === 2019 &&
      ((s.kind === undefined && s.number === undefined) ||
        (s.kind === 'fiche-action' && s.number !== undefined && s.number >= 1 && s.number <= 15)),
  },
  {
    name: 'fiche méthode n°1 (2021)',
    title: 'Mode d’emploi de la 7e semaine de la persévérance scolaire',
    matches: (s) =>
      s.kind === 'fiche-methode' &&
      s.number === 1 &&
      s.academie === 'académie de Créteil' &&
      s.year === 2021,
  },
  {
    name: 'fiche méthode « Communiquer, valoriser une action » (2022, sans numéro)',
    title: 'Communiquer, valoriser une action',
    matches: (s) =>
      s.kind === 'fiche-methode' &&
      s.number === undefined &&
      s.academie === 'académie de Créteil' &&
      s.year === 2022,
  },
  {
    name: 'fiche mutualisation n°1 (ni académie ni date)',
    title: 'Cérémonie de remise des diplômes de la persévérance',
    matches: (s) =>
      s.kind === 'fiche-mutualisation' &&
      s.number === 1 &&
      s.academie === undefined &&
      s.year === undefined,
  },
];

function catalogueSources(): Array<[string, Source]> {
  const found: Array<[string, Source]> = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'source') found.push([`${path}.source`, item as Source]);
        else walk(item, `${path}.${key}`);
      }
    }
  };
  walk(catalogue, '$');
  return found;
}

describe('data/catalogue.json — against its sources', () => {
  it('reads the five seed documents', () => {
    for (const seed of SEEDS) expect(seed.joined.length, seed.file).to.be.above(1000);
  });

  it('gives every address as the source writes it, wrapped lines joined, or records the repair', () => {
    const urls = catalogueUrls();
    expect(urls.length).to.be.at.least(50);
    const unrecorded = urls.filter(({ url, repair }) => !repair && !writtenInSeeds(url));
    expect(unrecorded.map(({ path, url }) => `${path} ${url}`)).to.deep.equal([]);
    for (const { path, url, repair } of urls) {
      expect(() => new URL(url), `${path} ${url}`).not.to.throw();
      if (!repair) continue;
      // A repair says what the source wrote, and is needed: the address itself is not in the source.
      expect(writtenInSeeds(url), `${path}: repaired yet written as is`).to.equal(false);
      expect(
        SEEDS.some(({ flat }) => flat.includes(repair.sourceText)),
        `${path}: « ${repair.sourceText} » is not in the sources`,
      ).to.equal(true);
      expect(repair.reason.length, path).to.be.above(10);
    }
  });

  it('keeps the http:// the sources write (nine of them were once rewritten to https://)', () => {
    const http = catalogueUrls().filter(({ url }) => url.startsWith('http://'));
    expect(http.map(({ url }) => url)).to.include.members([
      'http://www.education.gouv.fr/pid25535/bulletin_officiel.html?cid_bo=74338',
      'http://veille-et-analyses.ens-lyon.fr/DA/detailsDossier.php?parent=accueil&dossier=94&lang=fr',
      'http://blog.educpros.fr/jean-charles-cailliez/',
      'http://cardie.ac-creteil.fr/spip.php?article377',
    ]);
  });

  it('says on both resources that the source gives one IFÉ link (dossier=94) for two of them', () => {
    const shared = catalogue.resources.filter(
      (resource) => 'url' in resource && resource.url?.includes('dossier=94'),
    );
    expect(shared.map((resource) => resource.id)).to.have.members([
      'ife-sciences-cognitives',
      'ife-evaluer-pour-mieux-faire-apprendre',
    ]);
    for (const resource of shared) {
      expect('linkNote' in resource && resource.linkNote, resource.id).to.match(/même lien/);
    }
  });

  it('lists the Semaine’s pages and declaration forms the sources give', () => {
    const urls = catalogue.resources.map((resource) => ('url' in resource ? resource.url : ''));
    expect(urls).to.include.members([
      'http://orientation.ac-creteil.fr/semaine-de-perseverance-scolaire-2019/',
      'https://framaforms.org/formulaire-de-recueil-des-actions-de-la-semaine-de-la-perseverance-2019-1547546356',
      'http://orientation.ac-creteil.fr/semaine-de-perseverance-scolaire-2021/',
      'https://ppe.orion.education.fr/academie/itw/answer/s/4ywptrr7r3/k/perseverance2021',
      'http://orientation.ac-creteil.fr/semaine-de-la-persévérance-scolaire-2022/',
      'https://ppe.orion.education.fr/creteil/itw/answer/s/4ywprr7r3/k/persévérance2022',
    ]);
  });

  it('cites each document as it presents itself: no académie, number or year it does not give', () => {
    const sources = catalogueSources();
    expect(sources.length).to.be.at.least(100);
    for (const [path, source] of sources) {
      const documents = DOCUMENTS.filter(
        (document) => source.document.includes(document.title) && document.matches(source),
      );
      expect(documents.length, `${path} ${JSON.stringify(source)}`).to.equal(1);
    }
  });

  it('numbers each fiche as its own document does', () => {
    for (const fiche of catalogue.fiches) {
      const source = fiche.source as Source;
      expect(source.number, fiche.id).to.equal(fiche.number);
    }
    const ceremonie = catalogue.fiches.find(
      (fiche) => fiche.id === 'ceremonie-diplomes-perseverance',
    );
    expect(ceremonie?.source).to.deep.equal({
      document: 'Cérémonie de remise des diplômes de la persévérance',
      kind: 'fiche-mutualisation',
      number: 1,
    });
  });

  it('serves every axis with at least one fiche or action', () => {
    const served = new Set(
      [...catalogue.fiches, ...catalogue.actions].flatMap((item) =>
        item.axes.map((target) => target.axis),
      ),
    );
    const unserved = catalogue.axes.map((axis) => axis.id).filter((id) => !served.has(id));
    expect(unserved).to.deep.equal([]);
  });

  it('keeps the catalogue’s own notes out of what users read', () => {
    for (const resource of catalogue.resources) {
      const shown = [resource.title, 'description' in resource ? resource.description : ''];
      for (const text of shown) {
        expect(text ?? '', resource.id).not.to.match(/la source|sans adresse|ressource citée/i);
      }
    }
    const vademecums = catalogue.resources.filter((resource) =>
      resource.id.startsWith('vademecum'),
    );
    expect(vademecums.map((resource) => resource.description)).to.deep.equal([
      'Fichier : Couv_Vademecum_accompagnementorientation_College (education.fr).',
      'Fichier : Vademecum_accompagnementorientation_LyceePro_1192315.pdf (education.fr).',
      'Fichier : Vademecum_accompagnementorientation_LyceeGT_1192390.pdf (education.fr).',
    ]);
  });

  it('says the levels of the resources made for one level', () => {
    const levels = Object.fromEntries(
      catalogue.resources.map((resource) => [
        resource.id,
        'levels' in resource ? resource.levels : undefined,
      ]),
    );
    expect(levels['tests-positionnement']).to.deep.equal(['lycee-gt', 'lycee-pro']);
    expect(levels['vademecum-orientation-college']).to.deep.equal(['college']);
    expect(levels['onisep-ateliers-classes-relais']).to.deep.equal(['college']);
  });
});
