import type { Level, Public } from '../catalogue/schema.js';
// From constants, not the schema's re-export: the schema module would follow into the late-views chunk.
import { LEVELS, PUBLICS } from '../catalogue/constants.js';
import type { Candidate } from './candidates.js';
import type { EstablishmentContext } from './types.js';

/** Bonus when an item involves every public the establishment wants (pro rata for some). */
export const PUBLICS_BONUS = 0.2;
/** Factor applied to items already carried out: they sink but stay visible. */
export const DONE_FACTOR = 0.5;

/** Hard filter: false when the item's levels exclude every level of the establishment. */
export function fitsLevels(
  itemLevels: readonly Level[] | undefined,
  contextLevels: readonly Level[],
): boolean {
  if (contextLevels.length === 0 || itemLevels === undefined) return true;
  return itemLevels.some((l) => contextLevels.includes(l));
}

/**
 * The item's levels when it is « made for » the establishment's level: the item names some levels
 * only (not all of them), and the establishment teaches every one of those (« Montre à ton prof ! »,
 * for lycées professionnels, in a lycée professionnel or a lycée polyvalent). Empty otherwise: a
 * generic item, an item that also targets levels the establishment does not have (a collège + lycée GT
 * fiche in a collège), or no level given by the establishment.
 */
export function specificLevels(
  itemLevels: readonly Level[] | undefined,
  contextLevels: readonly Level[],
): Level[] {
  if (itemLevels === undefined || contextLevels.length === 0) return [];
  if (LEVELS.every((l) => itemLevels.includes(l))) return [];
  if (!itemLevels.every((l) => contextLevels.includes(l))) return [];
  return LEVELS.filter((l) => itemLevels.includes(l));
}

/** Publics both wanted by the establishment and involved by the item, in the schema's order. */
export function matchedPublics(item: Candidate, context: EstablishmentContext): Public[] {
  const wanted = context.publics ?? [];
  return PUBLICS.filter((p) => wanted.includes(p) && item.publics.includes(p));
}

/**
 * relevance = (1 + 0.2 × share of the wanted publics the item involves) × (0.5 if done).
 * A soft preference: it reorders items of close need but never outweighs a clearly larger need.
 */
export function relevanceOf(
  item: Candidate,
  context: EstablishmentContext,
): {
  relevance: number;
  publics: Public[];
  done: boolean;
} {
  const wanted = new Set(context.publics ?? []);
  const publics = matchedPublics(item, context);
  const bonus = wanted.size === 0 ? 0 : (PUBLICS_BONUS * publics.length) / wanted.size;
  const done = (context.doneFicheIds ?? []).includes(item.id);
  return { relevance: (1 + bonus) * (done ? DONE_FACTOR : 1), publics, done };
}
