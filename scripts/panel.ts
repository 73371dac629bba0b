// The recommender's panel: for each realistic establishment of test/recommend/panel/, the decision
// status, the top 5 with their reasons in French, the gaps and the first resources, to read as a CPE
// would. Run: npm run panel
import { computeProfile } from '../src/diagnostic/profile.js';
import { decisionOf, recommendResources } from '../src/recommend/index.js';
import {
  reasonText,
  resourceTargetText,
  resourceWhyText,
  summaryText,
} from '../components/results/reason-text.js';
import { resultsFr } from '../components/i18n/results-fr.js';
import { panel } from '../test/recommend/panel/establishments.js';

/** `Intl`'s narrow no-break spaces read as spaces in a terminal. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const percent = (score: number) => `${Math.round(score)} %`;
const lines: string[] = [];
const out = (line = '') => lines.push(plain(line));

for (const e of panel) {
  const profile = computeProfile(e.catalogue, e.answers, { version: e.version, levels: e.levels });
  const context = { levels: e.levels, publics: e.publics, doneFicheIds: e.doneFicheIds };
  const decision = decisionOf(profile, e.catalogue, context);
  out(`## ${e.name}`);
  out(
    `   niveaux : ${e.levels.join(', ')}${e.publics ? ` · publics : ${e.publics.join(', ')}` : ''}${
      e.doneFicheIds ? ` · déjà menées : ${e.doneFicheIds.join(', ')}` : ''
    }${e.version ? ` · version ${e.version}` : ''}`,
  );
  out(
    `   clés : ${profile.keys.map((k) => `${k.label} ${k.score === null ? '—' : percent(k.score)}`).join(' · ')}`,
  );
  const weakest = [...profile.axes]
    .filter((a) => a.score !== null)
    .sort((a, b) => a.score! - b.score!)
    .slice(0, 3);
  out(
    `   axes les plus faibles : ${weakest.map((a) => `${a.label} ${percent(a.score!)}`).join(' · ')}`,
  );
  const s = decision.status;
  out(
    `   état : ${s.kind}${s.kind === 'insufficient' ? ` (${s.known} réponses connues sur ${s.required} nécessaires, encore ${s.missing})` : ''} · ${decision.recommendations.length} propositions · ${decision.priorities.length} priorités`,
  );
  decision.recommendations.slice(0, 5).forEach((r, i) => {
    const tag = i < decision.priorities.length ? 'priorité' : 'suite';
    out(
      `   ${i + 1}. [${r.kind === 'fiche' ? 'fiche' : 'action'}, ${tag}, ${r.priority.toFixed(2)}] ${r.title}`,
    );
    out(`      ${summaryText(r, resultsFr)}`);
    for (const reason of r.reasons) out(`      - ${reasonText(reason, resultsFr)}`);
  });
  if (decision.gaps.length > 0)
    out(
      `   axes faibles sans proposition : ${decision.gaps.map((g) => `${g.label} ${percent(g.score)} (${g.practices.length} modalités)`).join(' · ')}`,
    );
  const resources = recommendResources(e.catalogue, profile, { levels: e.levels });
  out(`   ressources (${resources.length}) :`);
  for (const r of resources)
    out(
      `      - ${r.resource.title} — ${resourceTargetText(r, resultsFr)} — ${resourceWhyText(r, resultsFr)}`,
    );
  out();
}
process.stdout.write(`${lines.join('\n')}\n`);
