import { ratedCount, ratingTotal } from './ratings.js';
import { CRITERIA, type CandidateRatings, type RatingsById } from './criteria.js';

/** A candidate as the ranking needs it: its id and the engine's computed fit (`need`, 0–1). */
export interface RankCandidate {
  readonly id: string;
  readonly need: number;
}

export interface RankedCandidate {
  readonly id: string;
  /** Sum of the team's ratings (0–15). */
  readonly total: number;
  /** The computed fit to the weak axes, 0–1 (the recommendation's `need`). */
  readonly fit: number;
  /** How many criteria are rated (0–5): a total over fewer criteria is not comparable yet. */
  readonly rated: number;
  readonly complete: boolean;
  /** 1-based; candidates equal on total and fit share a rank (« 1, 1, 3 »). */
  readonly rank: number;
  readonly ratings: CandidateRatings;
}

/**
 * The team's ranking after rating: the highest total first; at equal total, the better computed fit
 * to the weak axes; at equal total and fit, the order the candidates were given in (the engine's),
 * and a shared rank. Pure and stable; unrated candidates total 0 and sort last.
 */
export function rankCandidates(
  candidates: readonly RankCandidate[],
  ratings: RatingsById,
): RankedCandidate[] {
  const rows = candidates.map((candidate, index) => {
    const own = Object.hasOwn(ratings, candidate.id) ? ratings[candidate.id] : undefined;
    const rated = ratedCount(own);
    return {
      index,
      id: candidate.id,
      total: ratingTotal(own),
      fit: candidate.need,
      rated,
      complete: rated === CRITERIA.length,
      ratings: { ...own },
    };
  });
  rows.sort((a, b) => b.total - a.total || b.fit - a.fit || a.index - b.index);
  let rank = 0;
  return rows.map((row, position) => {
    const previous = rows[position - 1];
    if (!previous || previous.total !== row.total || previous.fit !== row.fit) rank = position + 1;
    const { id, total, fit, rated, complete, ratings: own } = row;
    return { id, total, fit, rated, complete, rank, ratings: own };
  });
}
