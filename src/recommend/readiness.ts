import type { KeyId } from '../catalogue/schema.js';
import { keyName, joinFr, plural } from '../diagnostic/format.js';
import type { Profile } from '../diagnostic/profile.js';
import type { Readiness } from './types.js';

/** Share of the version's questions that must have a known answer for targeted recommendations. */
export const MIN_KNOWN_SHARE = 0.25;

/**
 * Says whether the profile supports targeted recommendations. Rule: at least a quarter of the
 * version's questions have a known answer (« Je ne sais pas » does not count), so a diagnostic
 * limited to one full key is usable while two stray answers are not. Keys without any known answer
 * are listed in `missingKeys` and named in the message, whatever the verdict.
 */
export function assessReadiness(profile: Profile): Readiness {
  const { known, unknown, answered, total } = profile.overall;
  const required = Math.max(1, Math.ceil(total * MIN_KNOWN_SHARE));
  const sufficient = total > 0 && known >= required;
  const missing = profile.keys.filter((k) => k.total > 0 && k.known === 0);
  const missingKeys: KeyId[] = missing.map((k) => k.keyId);
  const names = joinFr(missing.map((k) => keyName(k.label)));
  const missingText =
    missing.length === 0
      ? ''
      : missing.length === 1
        ? ` La clé ${names} n’a aucune réponse connue : les propositions ne la ciblent pas encore.`
        : ` Les clés ${names} n’ont aucune réponse connue : les propositions ne les ciblent pas encore.`;

  let message: string;
  if (!sufficient) {
    const unknownText =
      unknown > 0 ? ` Les réponses « Je ne sais pas » (${unknown}) ne comptent pas.` : '';
    message =
      `Le diagnostic est incomplet : ${plural(known, 'réponse connue', 'réponses connues')} sur ` +
      `${total}, il en faut au moins ${required}.${unknownText} ` +
      'Les propositions sont des points de départ généraux, à affiner en complétant le questionnaire.';
  } else if (profile.status === 'complete') {
    message = `Le diagnostic est complet : les propositions s’appuient sur vos ${plural(known, 'réponse connue', 'réponses connues')}.${missingText}`;
  } else {
    message =
      `Le diagnostic est partiel (${answered} réponses sur ${total}) : les propositions s’appuient ` +
      `sur vos ${plural(known, 'réponse connue', 'réponses connues')}.${missingText}`;
  }
  return { sufficient, message, known, required, total, missingKeys };
}
