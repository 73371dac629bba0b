// First, before any schema is built: zod's CSP-safe (jitless) setting.
import '../catalogue/zod-config.js';
import * as z from 'zod/mini';
import { KEY_IDS, LEVELS, PUBLICS } from '../catalogue/constants.js';
import type { AnswerValue } from '../diagnostic/answers.js';
import type { CandidateRatings, RatingValue } from '../decision/criteria.js';
import {
  MAX_AGENDA_NOTES,
  MAX_ANSWERS,
  MAX_ATTENDANCE,
  MAX_COMPARED,
  MAX_DRAFTS,
  MAX_ID,
  MAX_LABEL,
  MAX_PLAN_DATES,
  MAX_PLAN_ENTRIES,
  MAX_PLAN_TEXT,
  MAX_RESPONDENTS,
  MAX_SELECTION,
  MAX_TICK_KEY,
  SAVED_STATE_VERSION,
} from './limits.js';

// The limits have no zod: views and the first chunk read them without loading the schema.
export * from './limits.js';

const slugOf = (max: number) =>
  z
    .string()
    .check(
      z.maxLength(max),
      z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant attendu (minuscules, chiffres, tirets)'),
    );
const slug = slugOf(MAX_ID);
const label = z.string().check(z.minLength(1), z.maxLength(MAX_LABEL));
const isoDateTime = z.iso.datetime({ offset: true });
const questionnaireVersion = z.enum(['complet', 'court']);

/** Typed against the engine's `AnswerValue`, so the two cannot drift apart. */
export const answerValueSchema: z.ZodMiniType<AnswerValue> = z.literal([0, 1, 2, 3, 'unknown']);

export const answersSchema = z
  .record(slug, answerValueSchema)
  .check(
    z.refine(
      (answers) => Object.keys(answers).length <= MAX_ANSWERS,
      `trop de réponses (${MAX_ANSWERS} au maximum)`,
    ),
  );

const idList = z.array(slug).check(z.maxLength(MAX_SELECTION));

export const respondentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(MAX_ID)),
  label,
  role: z.optional(z.string().check(z.maxLength(MAX_ID))),
  answers: answersSchema,
  /** How the answers arrived: a share code, an imported file, or typed on this device. */
  source: z.enum(['code', 'file', 'device']),
});

/** A calendar day `YYYY-MM-DD`; whether it exists is checked by the plan's validation. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d\d-\d\d$/, 'date AAAA-MM-JJ attendue'));
const note = z.string().check(z.maxLength(MAX_PLAN_TEXT));

/** What the team said and decided about one question of the divergence agenda (version 4). */
export const agendaNoteSchema = z.strictObject({
  notes: note,
  decision: note,
  /** The person who leads the decision, and its deadline (« un pilote et une échéance »). */
  lead: z.optional(z.string().check(z.maxLength(MAX_LABEL))),
  due: z.optional(isoDate),
});

/** What one chosen fiche, action or drafted fiche becomes in this year's plan. */
export const planEntrySchema = z.strictObject({
  id: slug,
  kind: z.enum(['fiche', 'action', 'draft']),
  /** A role rather than a name (« CPE », « référente décrochage »). */
  pilot: z.string().check(z.maxLength(MAX_LABEL)),
  publics: z.array(z.enum(PUBLICS)).check(z.maxLength(4)),
  /** The strong moment's day(s); none = the first day of the week. */
  dates: z.array(isoDate).check(z.maxLength(MAX_PLAN_DATES)),
  /** Ticked checklist items, as `<phase>-<item id>`: a phase longer than an id (`MAX_TICK_KEY`). */
  ticks: z.array(slugOf(MAX_TICK_KEY)).check(z.maxLength(MAX_SELECTION)),
  /** Weeks of preparation, when the team changed the fiche's (or the default's). */
  leadTimeWeeks: z.optional(z.int().check(z.gte(0), z.lte(52))),
  /** After the week: attendance per public and a short review. */
  bilan: z.optional(
    z.strictObject({
      attendance: z.partialRecord(z.enum(PUBLICS), z.int().check(z.gte(0), z.lte(MAX_ATTENDANCE))),
      worked: note,
      vigilance: note,
      perspectives: note,
    }),
  ),
});

/** A fiche written by the team on the livret's « À votre tour… » template (fiche n°15). */
export const draftFicheSchema = z.strictObject({
  id: slug,
  titre: label,
  organisation: note,
  objectifs: note,
  publics: note,
  pilotage: note,
  reussite: note,
  valoriser: note,
  /** The weak axes (and their clés) the fiche answers, from the diagnosis. */
  axes: z.array(slug).check(z.maxLength(20)),
  keys: z.array(z.enum(KEY_IDS)).check(z.maxLength(4)),
});

/**
 * What the « À votre tour… » editor holds for one draft (a new one, or a saved one being changed)
 * and the team has not added or saved yet: kept as typed, the title possibly empty.
 */
export const draftTextSchema = z.strictObject({
  id: slug,
  titre: z.string().check(z.maxLength(MAX_LABEL)),
  organisation: note,
  objectifs: note,
  publics: note,
  pilotage: note,
  reussite: note,
  valoriser: note,
});

/** This year's action plan. A date left out is the suggested one, computed from the catalogue. */
export const planSchema = z.strictObject({
  weekStart: z.optional(isoDate),
  weekEnd: z.optional(isoDate),
  deadline: z.optional(isoDate),
  entries: z.array(planEntrySchema).check(z.maxLength(MAX_PLAN_ENTRIES)),
  drafts: z.array(draftFicheSchema).check(z.maxLength(MAX_DRAFTS)),
  /**
   * The editor's text not yet added or saved, by draft id, the last typed last: leaving the view or
   * reloading the page loses nothing. Optional inside version 4, so every save without it still
   * reads: an exception to `savedStateSchema`'s rule (a new version), as no migration would have
   * anything to add and a version 5 would make an older widget set the whole save aside.
   */
  unsaved: z.optional(z.array(draftTextSchema).check(z.maxLength(MAX_DRAFTS + 1))),
});

const ratingValue: z.ZodMiniType<RatingValue> = z.literal([1, 2, 3]);

/** One candidate's ratings (1–3 each, higher = more in favour); typed against the decision domain's. */
export const candidateRatingsSchema: z.ZodMiniType<CandidateRatings> = z.strictObject({
  importance: z.optional(ratingValue),
  cost: z.optional(ratingValue),
  time: z.optional(ratingValue),
  commitment: z.optional(ratingValue),
  feasibility: z.optional(ratingValue),
});

/** The team's comparison (version 3): the candidates side by side and each one's ratings. */
export const decisionSchema = z.strictObject({
  /** Two or three fiche or action ids, in the order ticked (fewer while the team picks). */
  compared: z.array(slug).check(z.maxLength(MAX_COMPARED)),
  ratings: z
    .record(slug, candidateRatingsSchema)
    .check(
      z.refine(
        (ratings) => Object.keys(ratings).length <= MAX_SELECTION,
        `trop de candidats notés (${MAX_SELECTION} au maximum)`,
      ),
    ),
});

/**
 * The state the widget keeps between visits, version 4 (version 1 + the optional action `plan`
 * in version 2, + the optional `decision`, the comparison and its ratings, in version 3, + the
 * session's optional `agenda`, the team's notes and decisions, in version 4).
 * Every object is strict and every string and list capped: a saved state comes back from a browser
 * or a file, so it is untrusted input. A field added later means a new version and a migration
 * (see `migrations.ts`), never a silent optional field here.
 */
export const savedStateSchema = z.strictObject({
  version: z.literal(SAVED_STATE_VERSION),
  savedAt: isoDateTime,
  /** The catalogue the answers refer to; `version` tells a later reader which wording was shown. */
  catalogue: z.strictObject({
    id: slug,
    version: z.string().check(z.minLength(1), z.maxLength(40)),
  }),
  context: z.strictObject({
    levels: z.array(z.enum(LEVELS)).check(z.maxLength(3)),
    publics: z.optional(z.array(z.enum(PUBLICS)).check(z.maxLength(4))),
    role: z.optional(z.string().check(z.maxLength(MAX_ID))),
    establishmentName: z.optional(z.string().check(z.maxLength(MAX_LABEL))),
    questionnaireVersion,
  }),
  answers: answersSchema,
  progress: z.strictObject({
    view: z.string().check(z.maxLength(40)),
    step: z.int().check(z.gte(0), z.lte(999)),
  }),
  /** Fiche and action ids kept for this year, and those already done last year. */
  selection: z.strictObject({
    retained: idList,
    done: idList,
  }),
  /** A group diagnostic (GPDS): several respondents' answers gathered on this device. */
  session: z.optional(
    z.strictObject({
      name: label,
      createdAt: isoDateTime,
      questionnaireVersion,
      respondents: z.array(respondentSchema).check(z.maxLength(MAX_RESPONDENTS)),
      /** Question id → the team's notes and decision (version 4). */
      agenda: z.optional(
        z
          .record(slug, agendaNoteSchema)
          .check(
            z.refine(
              (agenda) => Object.keys(agenda).length <= MAX_AGENDA_NOTES,
              `trop de notes (${MAX_AGENDA_NOTES} au maximum)`,
            ),
          ),
      ),
    }),
  ),
  /** Last year's diagnostic, kept for comparison. */
  previous: z.optional(
    z.strictObject({
      label,
      importedAt: isoDateTime,
      answers: answersSchema,
      retained: idList,
    }),
  ),
  /** This year's action plan (version 2). */
  plan: z.optional(planSchema),
  /** The comparison of candidates and their ratings (version 3). */
  decision: z.optional(decisionSchema),
});

export type SavedState = z.infer<typeof savedStateSchema>;
export type SavedRespondent = z.infer<typeof respondentSchema>;
export type SavedSession = NonNullable<SavedState['session']>;
export type SavedPrevious = NonNullable<SavedState['previous']>;
export type SavedPlan = z.infer<typeof planSchema>;
export type SavedPlanEntry = z.infer<typeof planEntrySchema>;
export type SavedDraftFiche = z.infer<typeof draftFicheSchema>;
export type SavedDraftText = z.infer<typeof draftTextSchema>;
export type SavedDecision = z.infer<typeof decisionSchema>;
export type SavedAgendaNote = z.infer<typeof agendaNoteSchema>;
