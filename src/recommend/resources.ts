import type { Catalogue, Resource } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';
import { compareDesc, EPSILON } from '../diagnostic/stats.js';
import { normalizeLimit } from './limit.js';
import type { ResourceOptions, ResourceSuggestion } from './types.js';

/** Defaults of `recommendResources`. */
export const DEFAULT_RESOURCE_LIMIT = 6;
export const DEFAULT_RESOURCE_AXES = 3;

/** Narrowest first (fewest tags), then catalogue order: a resource about this axis before a general one. */
function bySpecificity(catalogue: Catalogue, tags: (r: Resource) => readonly string[]) {
  const order = new Map(catalogue.resources.map((r, i) => [r.id, i]));
  return (a: Resource, b: Resource) =>
    tags(a).length - tags(b).length || order.get(a.id)! - order.get(b.id)!;
}

/**
 * Resources for the weak spots, in this order: each of the first `axes` (default 3) « axes de
 * progrès » of the profile — the resources tagged to the axis, or, when it has none, those of its key
 * — then the scored keys below 100 %, lowest first (ties: catalogue order). Within one target the
 * narrowest resources come first. Each resource appears once, with the reason of its first target;
 * the list is cut to `limit` (default 6). An empty profile gets an empty list: nothing to target.
 */
export function recommendResources(
  catalogue: Catalogue,
  profile: Profile,
  options: ResourceOptions = {},
): ResourceSuggestion[] {
  const limit = normalizeLimit(options.limit, DEFAULT_RESOURCE_LIMIT);
  const axisCount = normalizeLimit(options.axes, DEFAULT_RESOURCE_AXES);
  const keyById = new Map(profile.keys.map((k) => [k.keyId, k]));
  const out: ResourceSuggestion[] = [];
  const seen = new Set<string>();
  const add = (resources: Resource[], make: (r: Resource) => ResourceSuggestion) => {
    for (const r of resources) {
      if (out.length >= limit) return;
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(make(r));
    }
  };

  for (const axis of profile.weaknesses.slice(0, axisCount)) {
    const tagged = catalogue.resources.filter((r) => r.axes.includes(axis.axisId));
    const keyLabel = keyById.get(axis.keyId)?.label ?? axis.keyId;
    if (tagged.length > 0) {
      add(tagged.sort(bySpecificity(catalogue, (r) => r.axes)), (resource) => ({
        id: resource.id,
        resource,
        match: 'axis',
        axisId: axis.axisId,
        keyId: axis.keyId,
        label: axis.label,
        keyLabel,
        score: axis.score!,
      }));
    } else {
      const ofKey = catalogue.resources.filter((r) => r.keys.includes(axis.keyId));
      add(ofKey.sort(bySpecificity(catalogue, (r) => r.keys)), (resource) => ({
        id: resource.id,
        resource,
        match: 'key',
        axisId: axis.axisId,
        keyId: axis.keyId,
        label: axis.label,
        keyLabel,
        score: axis.score!,
      }));
    }
  }

  const keys = profile.keys
    .filter((k) => k.score !== null && k.score < 100 - EPSILON)
    .sort((a, b) => compareDesc(b.score!, a.score!));
  for (const key of keys) {
    const ofKey = catalogue.resources.filter((r) => r.keys.includes(key.keyId));
    add(ofKey.sort(bySpecificity(catalogue, (r) => r.keys)), (resource) => ({
      id: resource.id,
      resource,
      match: 'key',
      axisId: null,
      keyId: key.keyId,
      label: key.label,
      keyLabel: key.label,
      score: key.score!,
    }));
  }
  return out;
}
