import type { KeyId, Level, Public, Resource } from '../catalogue/schema.js';

/** What the establishment is: levels filter hard, publics are a soft preference. */
export type EstablishmentContext = {
  /** Levels taught. An item for none of them is never recommended; empty = no filter. */
  levels: Level[];
  /** Publics the team wants to work with: items involving them get a bonus. */
  publics?: Public[];
  /** Ids of fiches (or actions) already carried out: demoted and flagged, not hidden. */
  doneFicheIds?: string[];
};

/**
 * One answer that shows the need on an axis: known, below the top of the scale. The questions the
 * item addresses come first (`addressed`: the item's own text shares a distinctive word with the
 * question, see `questions.ts`), then the axis's lowest answers.
 */
export interface ReasonQuestion {
  readonly questionId: string;
  readonly text: string;
  /** 0–3; a mean (possibly fractional) when the profile is a session's. */
  readonly value: number;
  /** True when the item's text addresses this question (shared distinctive words). */
  readonly addressed: boolean;
}

/**
 * Reasons are data, not sentences: the interface words them in its language (« Votre axe « … » est
 * à 25 % », « Your area “…” is at 25% »). Labels come from the catalogue, as written there.
 */

/** The item serves a weak axis. */
export interface AxisReason {
  readonly kind: 'axis';
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly label: string;
  /** 0–100. */
  readonly score: number;
  /** How strongly the item serves the axis (1–3). */
  readonly weight: 1 | 2 | 3;
  readonly questions: readonly ReasonQuestion[];
}

/** The item serves a weak key (scored below WEAK_SCORE: never a strong key). */
export interface KeyReason {
  readonly kind: 'key';
  readonly keyId: KeyId;
  readonly label: string;
  readonly score: number;
}

/** The diagnostic is too incomplete: the item is a general starting point (it covers many axes). */
export interface StartReason {
  readonly kind: 'start';
  readonly keyCount: number;
  readonly axisCount: number;
}

/** The item involves publics the establishment wants to work with. */
export interface PublicsReason {
  readonly kind: 'publics';
  readonly publics: readonly Public[];
}

/** The item was already carried out: demoted, kept to be renewed or deepened. */
export interface DoneReason {
  readonly kind: 'done';
}

/** The item was made for some levels only, among them the establishment's (« voie professionnelle »). */
export interface LevelReason {
  readonly kind: 'level';
  /** The item's levels that the establishment teaches, in the schema's order. */
  readonly levels: readonly Level[];
}

/** Why an item is proposed, as data for the interface to word. */
export type Reason =
  AxisReason | KeyReason | StartReason | LevelReason | PublicsReason | DoneReason;

/** A ranked fiche or lighter action. */
export interface Recommendation {
  readonly kind: 'fiche' | 'action';
  readonly id: string;
  readonly title: string;
  readonly keys: readonly KeyId[];
  /** need × relevance: the fit to this establishment, before the tie-breaking bonuses. */
  readonly score: number;
  /**
   * What the ranking sorts on: score + LEVEL_BONUS when the item is made for the establishment's
   * level + FICHE_BONUS for a fiche (see `rank.ts` and docs/RECOMMENDATIONS.md). The list order
   * follows it, except that near-ties (within NEAR_TIE) go to an item that brings a weak key or axis
   * not yet served.
   */
  readonly priority: number;
  /**
   * 0–1. From the diagnostic: the need of the axis the item targets most, (100 − score)/100 ×
   * weight/3 (a tag of weight 3 on an axis at 0 % is 1). For a starting point (incomplete
   * diagnostic): the item's breadth (share of keys and axes it covers).
   */
  readonly need: number;
  /** Made for some levels only, among them the establishment's (the `level` reason says which). */
  readonly levelSpecific: boolean;
  /** Publics bonus × done demotion (1 = neutral). */
  readonly relevance: number;
  readonly done: boolean;
  /** 'targeted' when ranked from the scores; 'start' when the diagnostic is too incomplete. */
  readonly basis: 'targeted' | 'start';
  /** Axis whose need weighs most in this item (used for diversity); its key is `mainKeyId`. */
  readonly mainAxisId: string;
  readonly mainKeyId: KeyId;
  readonly reasons: readonly Reason[];
  /**
   * What the one-line summary names: the main axis, its score and its key's label; null for a
   * starting point (the `start` reason says why).
   */
  readonly focus: RecommendationFocus | null;
}

/** The main axis of a targeted recommendation, for its summary. */
export interface RecommendationFocus {
  readonly axisId: string;
  readonly label: string;
  /** 0–100. */
  readonly score: number;
  readonly keyId: KeyId;
  /** Null when the catalogue has no such key. */
  readonly keyLabel: string | null;
}

/** Options of `recommend`. */
export interface RecommendOptions {
  /** Maximum number of items; default 10. */
  readonly limit?: number;
}

/** Whether the profile supports targeted recommendations, with what the interface words. */
export interface Readiness {
  readonly sufficient: boolean;
  /**
   * `insufficient`: too few known answers (starting points only); otherwise whether every question
   * has an answer (`complete`) or not (`partial`).
   */
  readonly status: 'insufficient' | 'complete' | 'partial';
  /** Known answers (« Je ne sais pas » excluded) and the minimum required. */
  readonly known: number;
  readonly required: number;
  /** Answers, « Je ne sais pas » included, and how many of them are « Je ne sais pas ». */
  readonly answered: number;
  readonly unknown: number;
  readonly total: number;
  /** Keys with questions in the version but no known answer: recommendations cannot target them. */
  readonly missingKeys: readonly KeyId[];
  /** Their labels, in the same order. */
  readonly missingKeyLabels: readonly string[];
}

/** A resource proposed for a weak axis or key. */
export interface ResourceSuggestion {
  readonly id: string;
  readonly resource: Resource;
  /** `axis`: tagged to the weak axis; `key`: tagged to its key (no resource for the axis itself). */
  readonly match: 'axis' | 'key';
  readonly axisId: string | null;
  readonly keyId: KeyId;
  /** Label of the axis, or of the key when the target is a key. */
  readonly label: string;
  /** Label of `keyId`'s key. */
  readonly keyLabel: string;
  /** 0–100: the axis's score, or the key's when the target is a key. */
  readonly score: number;
  /**
   * The resource's levels that the establishment teaches when the resource names some levels only
   * (« made for your level »); empty for a general resource.
   */
  readonly levels: readonly Level[];
}

/** Options of `recommendResources`. */
export interface ResourceOptions {
  /** Maximum number of suggestions; default 6. */
  readonly limit?: number;
  /** How many axes of progress to serve before the weak keys; default 3. */
  readonly axes?: number;
  /** The establishment's levels: a resource for none of them is left out; absent or empty = all. */
  readonly levels?: readonly Level[];
}
