import './zod-config.js';
import * as z from 'zod/mini';

/**
 * The catalogue's shape: the single source of its types (`z.infer`) and of the JSON Schema in
 * `data/`. Objects are strict so an académie's typo (« fiche.objectif ») is reported, not ignored.
 * Cross-references (axis → key, question → axis…) are checked in `parse.ts`, not here.
 */

import {
  KEY_IDS,
  LEVELS,
  MAX_LIST,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  PUBLICS,
  RESOURCE_KINDS,
  SCALES,
  SOURCE_KINDS,
} from './constants.js';

// The vocabularies stay importable from the schema, their historical home.
export * from './constants.js';

const slug = z
  .string()
  .check(
    z.maxLength(80),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant attendu (minuscules, chiffres, tirets)'),
  );
const shortText = z.string().check(z.minLength(1), z.maxLength(MAX_SHORT_TEXT));
const longText = z.string().check(z.minLength(1), z.maxLength(MAX_LONG_TEXT));
const textList = z.array(longText).check(z.maxLength(MAX_LIST));
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MAX_LIST));

/** Only absolute http(s) addresses: no `javascript:`, `data:`, protocol-relative or padded URLs. */
export const httpUrl = z
  .string()
  .check(
    z.maxLength(2000),
    z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, 'adresse http:// ou https:// attendue'),
  );

export const keyIdSchema = z.enum(KEY_IDS);
export const levelSchema = z.enum(LEVELS);
export const publicSchema = z.enum(PUBLICS);
export const scaleSchema = z.enum(SCALES);

export const scaleLevelSchema = z.strictObject({
  value: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  label: shortText,
  description: z.optional(shortText),
});

export const answerScaleSchema = z.strictObject({
  levels: z.array(scaleLevelSchema).check(z.length(4)),
  unknownLabel: shortText,
});

export const keySchema = z.strictObject({
  id: keyIdSchema,
  label: shortText,
  tagline: z.optional(shortText),
  description: longText,
  /** Name of a colour token (`--perseverance-key-<color>`), not a colour value. */
  color: slug,
});

export const axisSchema = z.strictObject({
  id: slug,
  key: keyIdSchema,
  label: shortText,
  practices: z.array(longText).check(z.minLength(1), z.maxLength(MAX_LIST)),
});

export const questionSchema = z.strictObject({
  id: slug,
  axis: slug,
  text: z.string().check(z.minLength(1), z.maxLength(500)),
  core: z.boolean(),
  help: z.optional(longText),
  /**
   * Levels the question applies to; absent = every level. A question for none of the
   * establishment's levels is not asked and does not count in its scores.
   */
  levels: z.optional(z.array(levelSchema).check(z.minLength(1), z.maxLength(3))),
});

/** How strongly an item serves an axis: 1 a little, 2 clearly, 3 it is its main purpose. */
export const axisTargetSchema = z.strictObject({
  axis: slug,
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

/**
 * A cited document, said exactly as it presents itself: nothing it does not give (no académie, no
 * year) is filled in. `kind` and `number` name the cited unit (« Fiche action n°7 » of the livret,
 * « Fiche mutualisation n°1 »), not the catalogue's own numbering.
 */
export const sourceSchema = z.strictObject({
  document: shortText,
  kind: z.optional(z.enum(SOURCE_KINDS)),
  number: z.optional(z.int().check(z.gte(1), z.lte(999))),
  /** As the document names it (« académie de Créteil »); absent when it names none. */
  academie: z.optional(shortText),
  year: z.optional(z.int().check(z.gte(2000), z.lte(2100))),
  page: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

/**
 * A link the catalogue had to repair because the text it was taken from visibly broke it (a space
 * inside it, no scheme): what the source writes, and why. Never shown; kept so a reader can check.
 */
export const urlRepairSchema = z.strictObject({
  sourceText: longText,
  reason: longText,
});

/**
 * When a fiche's action happens: `semaine` during the Semaine de la persévérance, `rentree` at la
 * rentrée (never inside the Semaine), `annee` through the school year from its start, the Semaine
 * showing it. `preparation: 'debut-annee'`: the source has the preparation start at the beginning
 * of the school year. `quote` is the source's words that say so.
 */
export const FICHE_MOMENTS = ['semaine', 'rentree', 'annee'] as const;
export const ficheTimingSchema = z.strictObject({
  moment: z.enum(FICHE_MOMENTS),
  preparation: z.optional(z.enum(['debut-annee'])),
  quote: longText,
});

export const ficheSchema = z.strictObject({
  id: slug,
  number: z.int().check(z.gte(1), z.lte(999)),
  source: sourceSchema,
  title: shortText,
  summary: longText,
  organisation: textList,
  objectifs: textList,
  publicsDescription: textList,
  pilotage: textList,
  reussite: textList,
  valoriser: textList,
  /** Presented at the académie's forum (the livret marks these with a logo). */
  forum: z.optional(z.boolean()),
  keys: z.array(keyIdSchema).check(z.minLength(1), z.maxLength(4)),
  axes: z.array(axisTargetSchema).check(z.minLength(1), z.maxLength(MAX_LIST)),
  publics: z.array(publicSchema).check(z.minLength(1), z.maxLength(4)),
  levels: z.array(levelSchema).check(z.minLength(1), z.maxLength(3)),
  scale: z.array(scaleSchema).check(z.minLength(1), z.maxLength(3)),
  /**
   * Weeks of preparation before the strong moment: the tool's estimate (no source gives weeks),
   * shown as such and changed by the team in its plan.
   */
  leadTimeWeeks: z.int().check(z.gte(0), z.lte(52)),
  /** When the action happens in the school year, in the source's words; absent = in the Semaine. */
  timing: z.optional(ficheTimingSchema),
  /** The catalogue's own note for its editors (a numbering the source gives twice…); never shown. */
  catalogueNote: z.optional(longText),
});

export const ficheTemplateFieldSchema = z.strictObject({
  id: slug,
  label: shortText,
  help: z.optional(longText),
});

export const ficheTemplateSchema = z.strictObject({
  number: z.int().check(z.gte(1), z.lte(999)),
  title: shortText,
  source: sourceSchema,
  fields: z.array(ficheTemplateFieldSchema).check(z.minLength(1), z.maxLength(50)),
});

export const actionSchema = z.strictObject({
  id: slug,
  title: shortText,
  description: z.optional(longText),
  source: sourceSchema,
  keys: z.array(keyIdSchema).check(z.minLength(1), z.maxLength(4)),
  axes: z.array(axisTargetSchema).check(z.minLength(1), z.maxLength(MAX_LIST)),
  publics: z.optional(z.array(publicSchema).check(z.maxLength(4))),
  /** Absent = fits every level. */
  levels: z.optional(z.array(levelSchema).check(z.minLength(1), z.maxLength(3))),
  /**
   * Where the source lists it: among its « actions possibles » (absent) or as a « modalité de mise
   * en œuvre » the catalogue proposes as an action because the source gives none for that axis;
   * the interface says which.
   */
  origin: z.optional(z.enum(['action-possible', 'modalite'])),
  /** The catalogue's own note for its editors (where the text comes from…); never shown. */
  catalogueNote: z.optional(longText),
});

export const resourceSchema = z.strictObject({
  id: slug,
  title: shortText,
  kind: z.enum(RESOURCE_KINDS),
  description: z.optional(longText),
  /** As the source writes it (scheme included); absent when it gives none: never invented. */
  url: z.optional(httpUrl),
  /** Set when `url` differs from the source's text beyond joined line breaks. */
  urlRepair: z.optional(urlRepairSchema),
  /** Shown with the link: what the source says about it (the same link given for two resources). */
  linkNote: z.optional(longText),
  /** The document that cites the resource. */
  source: z.optional(sourceSchema),
  keys: z.array(keyIdSchema).check(z.minLength(1), z.maxLength(4)),
  axes: list(slug),
  /** Absent = fits every level (a site, a general guide); set for level-specific resources. */
  levels: z.optional(z.array(levelSchema).check(z.minLength(1), z.maxLength(3))),
  /** The catalogue's own note for its editors; never shown. */
  catalogueNote: z.optional(longText),
});

/**
 * A point of a fiche méthode. `label` and `detail` are the source's words; `url` the address the
 * source gives for it, as written; `note` is the catalogue's own word (« fiche méthode n°4, citée
 * mais non fournie »), shown as such.
 */
export const checklistItemSchema = z.strictObject({
  id: slug,
  label: longText,
  detail: z.optional(longText),
  url: z.optional(httpUrl),
  note: z.optional(longText),
});

/** A part of a fiche méthode under the source's own heading (« Comment se faire aider ? »). */
export const guideSectionSchema = z.strictObject({
  id: slug,
  heading: shortText,
  items: list(checklistItemSchema),
});

export const guideSchema = z.strictObject({
  id: slug,
  title: shortText,
  source: sourceSchema,
  summary: longText,
  /** Parts under the source's headings, for a fiche méthode that is not an avant / pendant / après list. */
  sections: z.optional(list(guideSectionSchema)),
  checklists: z.strictObject({
    avant: list(checklistItemSchema),
    pendant: list(checklistItemSchema),
    apres: list(checklistItemSchema),
  }),
});

/** A milestone of the default calendar, as day offsets from the first day of the week. */
export const milestoneSchema = z.strictObject({
  id: slug,
  label: shortText,
  /** The source's words about the milestone. */
  description: z.optional(longText),
  /** The dates as the source gives them (« 24 janvier – 28 mars 2019 »). */
  sourceDates: z.optional(shortText),
  /** An address the source gives with the milestone (the declaration form), as written. */
  url: z.optional(httpUrl),
  startOffsetDays: z.int().check(z.gte(-366), z.lte(366)),
  endOffsetDays: z.optional(z.int().check(z.gte(-366), z.lte(366))),
});

export const calendarSchema = z.strictObject({
  source: sourceSchema,
  weekLengthDays: z.int().check(z.gte(1), z.lte(14)),
  declarationDeadlineOffsetDays: z.int().check(z.gte(-366), z.lte(0)),
  milestones: list(milestoneSchema),
});

export const contactSchema = z.strictObject({
  label: shortText,
  email: z.optional(
    z
      .string()
      .check(
        z.maxLength(200),
        z.regex(/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i, 'adresse électronique attendue'),
      ),
  ),
  url: z.optional(httpUrl),
});

export const catalogueSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(2000))),
  id: slug,
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  language: z.enum(['fr', 'en']),
  title: shortText,
  description: z.optional(longText),
  scale: answerScaleSchema,
  keys: z.array(keySchema).check(z.length(4)),
  axes: z.array(axisSchema).check(z.minLength(1), z.maxLength(MAX_LIST)),
  questions: z.array(questionSchema).check(z.minLength(2), z.maxLength(500)),
  fiches: list(ficheSchema),
  ficheTemplate: z.optional(ficheTemplateSchema),
  actions: list(actionSchema),
  resources: z.array(resourceSchema).check(z.maxLength(500)),
  guides: list(guideSchema),
  calendar: z.optional(calendarSchema),
  contact: z.optional(contactSchema),
});

export type Catalogue = z.infer<typeof catalogueSchema>;
export type KeyId = z.infer<typeof keyIdSchema>;
export type Level = z.infer<typeof levelSchema>;
export type Public = z.infer<typeof publicSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type CatalogueKey = z.infer<typeof keySchema>;
export type Axis = z.infer<typeof axisSchema>;
export type Question = z.infer<typeof questionSchema>;
export type AxisTarget = z.infer<typeof axisTargetSchema>;
export type Fiche = z.infer<typeof ficheSchema>;
export type FicheTemplate = z.infer<typeof ficheTemplateSchema>;
export type CatalogueAction = z.infer<typeof actionSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type CatalogueSource = z.infer<typeof sourceSchema>;
export type ResourceKind = Resource['kind'];
export type Guide = z.infer<typeof guideSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type FicheTiming = z.infer<typeof ficheTimingSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type CatalogueCalendar = z.infer<typeof calendarSchema>;
