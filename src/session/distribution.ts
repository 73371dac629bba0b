import type { Catalogue } from '../catalogue/schema.js';
import type { Distribution } from './types.js';

/** One answer given by some respondents to a question. */
export interface DistributionPart {
  readonly value: 0 | 1 | 2 | 3 | 'unknown';
  readonly label: string;
  readonly count: number;
  /** count ÷ all answers (« Je ne sais pas » included), 0–1. */
  readonly share: number;
}

/**
 * The answers given, in scale order then « Je ne sais pas », leaving out those nobody gave.
 * Labels come from the catalogue's scale.
 */
export function distributionParts(
  distribution: Distribution,
  scale: Catalogue['scale'],
): DistributionPart[] {
  const total =
    distribution[0] + distribution[1] + distribution[2] + distribution[3] + distribution.unknown;
  const parts: DistributionPart[] = [];
  for (const level of scale.levels) {
    const count = distribution[level.value];
    if (count > 0)
      parts.push({ value: level.value, label: level.label, count, share: count / total });
  }
  if (distribution.unknown > 0)
    parts.push({
      value: 'unknown',
      label: scale.unknownLabel,
      count: distribution.unknown,
      share: distribution.unknown / total,
    });
  return parts;
}

/** « 2 × Pas engagée, 1 × Consolidée, 1 × Je ne sais pas »; empty when nobody answered. */
export function distributionText(distribution: Distribution, scale: Catalogue['scale']): string {
  return distributionParts(distribution, scale)
    .map((part) => `${part.count} × ${part.label}`)
    .join(', ');
}
