import { parseCatalogue } from '../../src/catalogue/parse.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { KEY_IDS } from '../../src/catalogue/constants.js';

/** Every question id a saved state mentions: its answers, its session's, last year's. */
function questionIds(state: Record<string, unknown>): string[] {
  const ids = new Set<string>(Object.keys((state['answers'] as object) ?? {}));
  const session = state['session'] as { respondents?: { answers: object }[] } | undefined;
  for (const respondent of session?.respondents ?? [])
    for (const id of Object.keys(respondent.answers)) ids.add(id);
  const previous = state['previous'] as { answers?: object } | undefined;
  for (const id of Object.keys(previous?.answers ?? {})) ids.add(id);
  return [...ids];
}

/**
 * The catalogue a saved-state fixture was written for: its id, and its question ids (`<clé>-<n>`)
 * spread over one axis per clé. Old fixtures must load against the catalogue they name.
 */
export function catalogueForState(state: Record<string, unknown>): Catalogue {
  const { id, version } = state['catalogue'] as { id: string; version: string };
  const ids = questionIds(state);
  const byKey = new Map(KEY_IDS.map((key) => [key, [] as string[]]));
  for (const questionId of ids) {
    const key = KEY_IDS.find((k) => questionId.startsWith(`${k}-`)) ?? 'accueillir';
    byKey.get(key)!.push(questionId);
  }
  // Each axis needs two questions.
  for (const key of KEY_IDS) {
    const list = byKey.get(key)!;
    for (let n = 1; list.length < 2; n += 1)
      if (!list.includes(`${key}-${n}`)) list.push(`${key}-${n}`);
  }
  const number = (questionId: string) => Number(questionId.split('-').at(-1)) || 0;
  return parseCatalogue({
    id,
    version,
    language: 'fr',
    title: `Catalogue « ${id} »`,
    scale: {
      levels: ['Pas du tout', 'Un peu', 'Plutôt', 'Tout à fait'].map((label, value) => ({
        value,
        label,
      })),
      unknownLabel: 'Je ne sais pas',
    },
    keys: KEY_IDS.map((key) => ({
      id: key,
      label: key.toUpperCase(),
      description: key,
      color: key,
    })),
    axes: KEY_IDS.map((key) => ({ id: `axe-${key}`, key, label: `Axe ${key}`, practices: ['—'] })),
    questions: KEY_IDS.flatMap((key) =>
      byKey
        .get(key)!
        .sort((a, b) => number(a) - number(b))
        .map((questionId, index) => ({
          id: questionId,
          axis: `axe-${key}`,
          text: `Question ${questionId} ?`,
          core: index === 0,
        })),
    ),
    fiches: [],
    actions: [],
    resources: [],
    guides: [],
  });
}
