import type { Catalogue } from '../catalogue/schema.js';

/**
 * Which questions an item addresses. The catalogue has no item → question link, so the tie is
 * lexical and deliberately strict: an item addresses a question of an axis it serves when its own
 * text (title, summary or description, objectives) shares a distinctive word with the question's
 * text or help. A word is distinctive when it has at least MIN_WORD letters and appears in at most
 * MAX_QUESTIONS_PER_WORD questions of the catalogue (« élèves », « établissement » are everywhere;
 * « erreur », « GPDS », « tutorat » are not). Accents and case are ignored, a final s or x is dropped.
 * Example: « L'erreur, quel bonheur ! » addresses « L'erreur est considérée comme une occasion
 * d'apprendre… ».
 */
export const MIN_WORD = 4;
export const MAX_QUESTIONS_PER_WORD = 3;

/** Item id → question ids it addresses; built once per catalogue object. */
export type AddressedQuestions = ReadonlyMap<string, ReadonlySet<string>>;

const cache = new WeakMap<Catalogue, AddressedQuestions>();

function words(text: string): Set<string> {
  const out = new Set<string>();
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const raw of plain.split(/[^a-z0-9]+/)) {
    const word = raw.length > MIN_WORD ? raw.replace(/[sx]$/, '') : raw;
    if (word.length >= MIN_WORD) out.add(word);
  }
  return out;
}

function build(catalogue: Catalogue): AddressedQuestions {
  const questionWords = catalogue.questions.map((q) => ({
    id: q.id,
    axis: q.axis,
    words: words(`${q.text} ${q.help ?? ''}`),
  }));
  const frequency = new Map<string, number>();
  for (const q of questionWords)
    for (const w of q.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const distinctive = (w: string) => (frequency.get(w) ?? 0) <= MAX_QUESTIONS_PER_WORD;

  const items = [
    ...catalogue.fiches.map((f) => ({
      id: f.id,
      axes: f.axes,
      text: [f.title, f.summary, ...f.objectifs].join(' '),
    })),
    ...catalogue.actions.map((a) => ({
      id: a.id,
      axes: a.axes,
      text: `${a.title} ${a.description ?? ''}`,
    })),
  ];
  const out = new Map<string, Set<string>>();
  for (const item of items) {
    const own = words(item.text);
    const axes = new Set(item.axes.map((t) => t.axis));
    const addressed = new Set<string>();
    for (const q of questionWords) {
      if (!axes.has(q.axis)) continue;
      for (const w of q.words)
        if (distinctive(w) && own.has(w)) {
          addressed.add(q.id);
          break;
        }
    }
    out.set(item.id, addressed);
  }
  return out;
}

/** The questions each item addresses (see the rule above); cached per catalogue object. */
export function addressedQuestions(catalogue: Catalogue): AddressedQuestions {
  let known = cache.get(catalogue);
  if (!known) {
    known = build(catalogue);
    cache.set(catalogue, known);
  }
  return known;
}
