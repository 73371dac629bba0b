import { catalogueSchema, type Catalogue } from '../../src/catalogue/schema.js';

export interface CatalogueFixtureOptions {
  readonly id?: string;
  /** Prefix of the question ids, to make catalogues with the same size but other questions. */
  readonly questionPrefix?: string;
}

/**
 * A small but valid catalogue with `questionCount` questions spread over four axes (one per clé).
 * Validated by the real schema so the share-code tests cannot drift from what a catalogue is.
 */
export function makeCatalogue(
  questionCount: number,
  options: CatalogueFixtureOptions = {},
): Catalogue {
  const prefix = options.questionPrefix ?? 'q';
  const keys = ['accueillir', 'accrocher', 'accompagner', 'raccrocher'] as const;
  const catalogue = {
    id: options.id ?? 'test-catalogue',
    version: '2025.1',
    language: 'fr',
    title: 'Catalogue de test',
    scale: {
      levels: [0, 1, 2, 3].map((value) => ({ value, label: `Niveau ${value}` })),
      unknownLabel: 'Je ne sais pas',
    },
    keys: keys.map((id) => ({
      id,
      label: id.toUpperCase(),
      description: `La clé ${id}.`,
      color: id,
    })),
    axes: keys.map((key, index) => ({
      id: `axe-${index + 1}`,
      key,
      label: `Axe ${index + 1}`,
      practices: ['Une pratique.'],
    })),
    questions: Array.from({ length: questionCount }, (_, index) => ({
      id: `${prefix}-${index + 1}`,
      axis: `axe-${(index % 4) + 1}`,
      text: `Question ${index + 1} ?`,
      core: index % 2 === 0,
    })),
    fiches: [],
    actions: [],
    resources: [],
    guides: [],
  };
  return catalogueSchema.parse(catalogue);
}
