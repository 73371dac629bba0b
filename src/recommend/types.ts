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

/** One answer that weighed in a reason (the lowest known answers of the axis). */
export interface ReasonQuestion {
  readonly questionId: string;
  readonly text: string;
  /** 0–3; a mean (possibly fractional) when the profile is a session's. */
  readonly value: number;
}

/** The item serves a weak axis. `text`: « Votre axe « Relations avec les familles » est à 25 % ». */
export interface AxisReason {
  readonly kind: 'axis';
  readonly axisId: string;
  readonly keyId: KeyId;
  readonly label: string;
  /** 0–100. */
  readonly score: number;
  /** How strongly the item serves the axis (1–3). */
  readonly weight: 1 | 2 | 3;
  readonly text: string;
  readonly questions: readonly ReasonQuestion[];
}

/** The item serves a weak key. `text`: « La clé ACCUEILLIR est à 40 % ». */
export interface KeyReason {
  readonly kind: 'key';
  readonly keyId: KeyId;
  readonly label: string;
  readonly score: number;
  readonly text: string;
}

/** The diagnostic is too incomplete: the item is a general starting point (it covers many axes). */
export interface StartReason {
  readonly kind: 'start';
  readonly keyCount: number;
  readonly axisCount: number;
  readonly text: string;
}

/** The item involves publics the establishment wants to work with. */
export interface PublicsReason {
  readonly kind: 'publics';
  readonly publics: readonly Public[];
  readonly text: string;
}

/** The item was already carried out: demoted, kept to be renewed or deepened. */
export interface DoneReason {
  readonly kind: 'done';
  readonly text: string;
}

/** Why an item is proposed: structured data for any UI plus a French sentence shown as-is. */
export type Reason = AxisReason | KeyReason | StartReason | PublicsReason | DoneReason;

/** A ranked fiche or lighter action. */
export interface Recommendation {
  readonly kind: 'fiche' | 'action';
  readonly id: string;
  readonly title: string;
  readonly keys: readonly KeyId[];
  /** need × relevance, before the diversity re-ranking (the list order may differ from it). */
  readonly score: number;
  /**
   * 0–1. From the diagnostic: weighted mean of the needs of the axes the item serves. For a
   * starting point (incomplete diagnostic): the item's breadth (share of keys and axes it covers).
   */
  readonly need: number;
  /** Publics bonus × done demotion (1 = neutral). */
  readonly relevance: number;
  readonly done: boolean;
  /** 'targeted' when ranked from the scores; 'start' when the diagnostic is too incomplete. */
  readonly basis: 'targeted' | 'start';
  /** Axis whose need weighs most in this item (used for diversity); its key is `mainKeyId`. */
  readonly mainAxisId: string;
  readonly mainKeyId: KeyId;
  readonly reasons: readonly Reason[];
  /** One French sentence summing up why. */
  readonly summary: string;
}

/** Options of `recommend`. */
export interface RecommendOptions {
  /** Maximum number of items; default 10. */
  readonly limit?: number;
}

/** Whether the profile supports targeted recommendations, and the sentence the UI shows. */
export interface Readiness {
  readonly sufficient: boolean;
  readonly message: string;
  /** Known answers (« Je ne sais pas » excluded) and the minimum required. */
  readonly known: number;
  readonly required: number;
  readonly total: number;
  /** Keys with questions in the version but no known answer: recommendations cannot target them. */
  readonly missingKeys: readonly KeyId[];
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
  readonly score: number;
  /** « Pour votre axe « Relations avec les familles » (25 %) » or « Pour la clé ACCUEILLIR (40 %) ». */
  readonly reason: string;
}

/** Options of `recommendResources`. */
export interface ResourceOptions {
  /** Maximum number of suggestions; default 6. */
  readonly limit?: number;
  /** How many weak axes to serve before the lowest keys; default 3. */
  readonly axes?: number;
}
