// Engine speed on the default catalogue, printed as a markdown table (a benchmark, not a test:
// shared machines are noisy). Run: npm run bench:engine
import { performance } from 'node:perf_hooks';
import { defaultCatalogue } from '../src/catalogue/default.js';
import type { AnswerValue, Answers } from '../src/diagnostic/answers.js';
import { computeProfile } from '../src/diagnostic/profile.js';
import { decisionOf, recommend } from '../src/recommend/index.js';
import { aggregateRespondents } from '../src/session/index.js';
import { decodeShareCode, encodeShareCode } from '../src/share/index.js';

const VALUES: readonly AnswerValue[] = [0, 1, 2, 3, 'unknown'];

/** A small deterministic PRNG so every run measures the same inputs. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomAnswers(random: () => number): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const question of defaultCatalogue.questions) {
    if (random() < 0.9) answers[question.id] = VALUES[Math.floor(random() * VALUES.length)]!;
  }
  return answers;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function measure(label: string, runs: number, work: () => void, target: number) {
  for (let i = 0; i < 5; i += 1) work(); // warm-up: JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  const value = median(samples);
  return { label, value, target, ok: value < target };
}

const random = prng(2026);
const answerSets = Array.from({ length: 200 }, () => randomAnswers(random));
const context = { levels: ['college' as const], publics: ['parents' as const] };
const respondents = answerSets.map((answers, index) => ({
  label: `R${index + 1}`,
  role: index % 3 ? 'professeur' : 'cpe',
  answers,
}));
const codes = Array.from({ length: 1000 }, (_, index) =>
  encodeShareCode(defaultCatalogue, answerSets[index % 200]!),
);
let cursor = 0;

const rows = [
  measure(
    'computeProfile + recommend (default catalogue)',
    101,
    () => {
      const profile = computeProfile(defaultCatalogue, answerSets[(cursor += 1) % 200]!);
      recommend(defaultCatalogue, profile, context, { limit: 10 });
    },
    1,
  ),
  measure(
    'computeProfile + decisionOf (every item ranked, grouped, gaps)',
    101,
    () => {
      const profile = computeProfile(defaultCatalogue, answerSets[(cursor += 1) % 200]!);
      decisionOf(profile, defaultCatalogue, context);
    },
    1,
  ),
  measure(
    `aggregateRespondents (200 respondents × ${defaultCatalogue.questions.length} questions)`,
    31,
    () => {
      aggregateRespondents(defaultCatalogue, respondents);
    },
    10,
  ),
  measure(
    'decodeShareCode × 1,000',
    31,
    () => {
      for (const code of codes) decodeShareCode(defaultCatalogue, code);
    },
    50,
  ),
];

console.log(
  `Node ${process.version}, ${defaultCatalogue.questions.length} questions, median of the runs\n`,
);
console.log('| operation | median (ms) | target (ms) | |');
console.log('| --- | ---: | ---: | --- |');
for (const row of rows)
  console.log(
    `| ${row.label} | ${row.value.toFixed(3)} | < ${row.target} | ${row.ok ? 'OK' : 'over'} |`,
  );
