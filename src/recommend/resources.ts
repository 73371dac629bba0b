import type { Catalogue, KeyId, Resource } from '../catalogue/schema.js';
import type { AxisScore, Profile } from '../diagnostic/profile.js';
import { compareDesc, EPSILON } from '../diagnostic/stats.js';
import { normalizeLimit } from './limit.js';
import { assessReadiness } from './readiness.js';
import { fitsLevels, specificLevels } from './relevance.js';
import type { ResourceOptions, ResourceSuggestion } from './types.js';
import { weakAxesOf } from './weakness.js';

/** Defaults of `recommendResources`. */
export const DEFAULT_RESOURCE_LIMIT = 6;
export const DEFAULT_RESOURCE_AXES = 3;
/** At most this many resources per target in each round, before moving on to the next target. */
export const RESOURCES_PER_ROUND = 2;

/** One target and the resources that serve it, best first. */
interface Target {
  readonly queue: readonly Resource[];
  readonly make: (r: Resource) => ResourceSuggestion;
}

/**
 * Resources for the weak spots.
 * - None when the diagnostic is too incomplete (`assessReadiness`): a score from one or two known
 *   answers is no reason to propose anything.
 * - Resources for none of the establishment's levels (`options.levels`) are left out; a resource
 *   without levels fits all.
 * - Targets, in order: the first `axes` (default 3) axes of progress — the axes below WEAK_SCORE,
 *   weakest first, then the profile's other « axes de progrès » — then the scored keys below 100 %,
 *   lowest first. An axis is served by the resources tagged to it (`match: 'axis'`), or, when it has
 *   none, by those of its key (`match: 'key'`).
 * - Round robin: each target gives at most RESOURCES_PER_ROUND (2) resources, then the next target;
 *   when every target had its turn, a new round begins. So one axis's fallback to its whole key
 *   cannot fill the list. Within an axis's own resources: those made for the establishment's level
 *   first, then the narrowest (fewest axes), then catalogue order; within a key's: the narrowest
 *   (fewest keys), then catalogue order.
 * Each resource appears once, with the reason of the target that first took it; cut to `limit`
 * (default 6).
 */
export function recommendResources(
  catalogue: Catalogue,
  profile: Profile,
  options: ResourceOptions = {},
): ResourceSuggestion[] {
  const limit = normalizeLimit(options.limit, DEFAULT_RESOURCE_LIMIT);
  const axisCount = normalizeLimit(options.axes, DEFAULT_RESOURCE_AXES);
  const levels = options.levels ?? [];
  if (!assessReadiness(profile).sufficient) return [];

  const order = new Map(catalogue.resources.map((r, i) => [r.id, i]));
  const fitting = catalogue.resources.filter((r) => fitsLevels(r.levels, levels));
  // For an axis's own resources, those made for the establishment's level first (the collège's
  // vademecum before the general one); for a key's, only the narrowest first: a level-specific
  // resource about another axis is no better a fallback than a general one.
  const sorted = (list: Resource[], tags: (r: Resource) => readonly string[], byLevel: boolean) =>
    list.sort(
      (a, b) =>
        (byLevel
          ? specificLevels(b.levels, levels).length - specificLevels(a.levels, levels).length
          : 0) ||
        tags(a).length - tags(b).length ||
        order.get(a.id)! - order.get(b.id)!,
    );
  const keyById = new Map(profile.keys.map((k) => [k.keyId, k]));
  const keyLabel = (id: KeyId) => keyById.get(id)?.label ?? id;
  const base = (resource: Resource) => ({
    id: resource.id,
    resource,
    levels: specificLevels(resource.levels, levels),
  });

  const weak = weakAxesOf(profile);
  const axes: AxisScore[] = [
    ...weak,
    ...profile.weaknesses.filter((a) => !weak.some((w) => w.axisId === a.axisId)),
  ].slice(0, axisCount);
  const targets: Target[] = axes.map((axis) => {
    const tagged = fitting.filter((r) => r.axes.includes(axis.axisId));
    const match = tagged.length > 0 ? 'axis' : 'key';
    const queue =
      match === 'axis'
        ? sorted(tagged, (r) => r.axes, true)
        : sorted(
            fitting.filter((r) => r.keys.includes(axis.keyId)),
            (r) => r.keys,
            false,
          );
    return {
      queue,
      make: (resource) => ({
        ...base(resource),
        match,
        axisId: axis.axisId,
        keyId: axis.keyId,
        label: axis.label,
        keyLabel: keyLabel(axis.keyId),
        score: axis.score!,
      }),
    };
  });
  const keys = profile.keys
    .filter((k) => k.score !== null && k.score < 100 - EPSILON)
    .sort((a, b) => compareDesc(b.score!, a.score!));
  for (const key of keys)
    targets.push({
      queue: sorted(
        fitting.filter((r) => r.keys.includes(key.keyId)),
        (r) => r.keys,
        false,
      ),
      make: (resource) => ({
        ...base(resource),
        match: 'key',
        axisId: null,
        keyId: key.keyId,
        label: key.label,
        keyLabel: key.label,
        score: key.score!,
      }),
    });

  const out: ResourceSuggestion[] = [];
  const seen = new Set<string>();
  const cursors = targets.map(() => 0);
  let progress = true;
  while (out.length < limit && progress) {
    progress = false;
    targets.forEach((target, t) => {
      let taken = 0;
      while (
        taken < RESOURCES_PER_ROUND &&
        out.length < limit &&
        cursors[t]! < target.queue.length
      ) {
        const resource = target.queue[cursors[t]!]!;
        cursors[t]! += 1;
        if (seen.has(resource.id)) continue;
        seen.add(resource.id);
        out.push(target.make(resource));
        taken += 1;
        progress = true;
      }
    });
  }
  return out;
}
