import type { Catalogue } from './schema.js';

/**
 * A catalogue in two parts, so the widget's first view loads without the fiches' text: the
 * questionnaire (what the welcome view and the questions need) and the content (what the views
 * after the questionnaire need). Both types come from the schema's `Catalogue`: a field the schema
 * gains lands in the questionnaire unless it is named here.
 */

/** The fields only the views after the questionnaire read. */
export type ContentField =
  | 'fiches'
  | 'actions'
  | 'resources'
  | 'guides'
  | 'calendar'
  | 'ficheTemplate'
  | 'contact'
  | 'description';

/**
 * The catalogue's fiches, actions, resources, guides, calendar, fiche template, contact and own
 * description (shown with the resources and the plan, not on the welcome view).
 */
export type CatalogueContent = Pick<Catalogue, ContentField> & {
  /**
   * Each axis's modalités by axis id. The questionnaire shows them on demand only, so they wait
   * with the content (≈ 3 KB gzip of the first view); the questionnaire's axes have none until then.
   */
  readonly axisPractices?: Readonly<Record<string, readonly string[]>>;
};

/**
 * Everything else but `$schema`: identity, answer scale, keys, axes (their modalités empty: they
 * are in the content) and questions.
 */
export type Questionnaire = Omit<Catalogue, ContentField | '$schema'>;

export interface CatalogueParts {
  questionnaire: Questionnaire;
  content: CatalogueContent;
}

/** The two parts of `catalogue` (sharing its objects); `$schema` is in neither. */
export function splitCatalogue(catalogue: Catalogue): CatalogueParts {
  const {
    fiches,
    actions,
    resources,
    guides,
    calendar,
    ficheTemplate,
    contact,
    description,
    ...questionnaire
  } = catalogue;
  delete questionnaire.$schema; // a copy: the catalogue keeps its own
  questionnaire.axes = catalogue.axes.map((axis) => ({ ...axis, practices: [] }));
  // Absent optional parts stay absent (not `undefined`), as in the JSON they come from.
  const content: CatalogueContent = {
    axisPractices: Object.fromEntries(catalogue.axes.map((axis) => [axis.id, axis.practices])),
    fiches,
    actions,
    resources,
    guides,
    ...(calendar && { calendar }),
    ...(ficheTemplate && { ficheTemplate }),
    ...(contact && { contact }),
    ...(description && { description }),
  };
  return { questionnaire, content };
}

/**
 * A whole catalogue again from its two parts. `questionnaire` may be a catalogue whose content
 * lists are still empty (the widget's first view): the content's fields replace them.
 */
export function joinCatalogue(questionnaire: Questionnaire, content: CatalogueContent): Catalogue {
  const { axisPractices, ...rest } = content;
  const axes = axisPractices
    ? questionnaire.axes.map((axis) => ({
        ...axis,
        practices: [...(axisPractices[axis.id] ?? axis.practices)],
      }))
    : questionnaire.axes;
  return { ...questionnaire, ...rest, axes };
}
