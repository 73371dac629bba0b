import type { KeyId } from '../catalogue/schema.js';
import type { Profile } from '../diagnostic/profile.js';
import type { Readiness } from './types.js';

/** Share of the version's questions that must have a known answer for targeted recommendations. */
export const MIN_KNOWN_SHARE = 0.25;

/**
 * Says whether the profile supports targeted recommendations. Rule: at least a quarter of the
 * version's questions have a known answer (« Je ne sais pas » does not count), so a diagnostic
 * limited to one full key is usable while two stray answers are not. Keys without any known answer
 * are listed in `missingKeys`, whatever the verdict.
 */
export function assessReadiness(profile: Profile): Readiness {
  const { known, unknown, answered, total } = profile.overall;
  const required = Math.max(1, Math.ceil(total * MIN_KNOWN_SHARE));
  const sufficient = total > 0 && known >= required;
  const missing = profile.keys.filter((k) => k.total > 0 && k.known === 0);
  const status = !sufficient
    ? 'insufficient'
    : profile.status === 'complete'
      ? 'complete'
      : 'partial';
  return {
    sufficient,
    status,
    known,
    required,
    answered,
    unknown,
    total,
    missingKeys: missing.map((k): KeyId => k.keyId),
    missingKeyLabels: missing.map((k) => k.label),
  };
}
