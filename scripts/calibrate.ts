/**
 * `npm run calibrate`: fit the few truly unknown scalars of models/parameters/calibrated.json to
 * the published 2018–2022 figures (models/parameters/targets.ts), then verify the fit with drawn
 * assumptions and write docs/calibration.md.
 *
 * Procedure (documented in docs/calibration.md): each scalar is paired with the target it moves
 * most (the pairs below). Starting from the current values, run the baseline 2018–2022 with drawn
 * assumptions (a few replications, mean over them), and update every scalar at once by
 * x ← x · (target / model)^(damping · elasticity), a damped multiplicative fixed-point iteration.
 * Stop when every fitted target is within a third of its tolerance or after --iterations rounds.
 * The verification then runs the full-scale baseline with assumptions drawn from their ranges
 * (as every user run does) and reports every target, fitted or not, with its error.
 *
 *   npm run calibrate -- [--sample 1] [--runs 24] [--iterations 8] [--verify-runs 48]
 *                        [--verify-sample 1] [--verify-only] [--dry-run]
 *   --verify-only checks the current calibrated.json and prints the table without rewriting files.
 */
import { writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runReplication, scenarioSchema, MODEL_NAME, MODEL_VERSION } from '../models/index';
import { CALIBRATED, CALIBRATION_KEYS, type Calibration } from '../models/parameters/calibration';
import { TARGETS, type Target } from '../models/parameters/targets';
import { FIRST_YEAR } from '../models/parameters/world';
import { loadMunicipalities } from './lib/shared-data';
import baselineFile from '../scenarios/baseline.json' with { type: 'json' };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Pair {
  parameter: keyof Calibration;
  /** The published figure (models/parameters/targets.ts) the scalar is fitted to, when it is a single one. */
  indicator: string;
  year: number;
  /** For a composite figure: the target value and the model value it is compared with. */
  target?: () => number;
  model?: (values: Values) => number;
  /** How strongly the target responds to the parameter (1 = proportionally). */
  elasticity: number;
  description: string;
}

type Values = (indicator: string, year: number) => number;

const PUBLISHED = (indicator: string, year: number): number => {
  const t = TARGETS.find((x) => x.indicator === indicator && x.year === year);
  if (!t) throw new Error(`no target ${indicator} ${year}`);
  return t.value;
};

/** § 108 places as a share of long-term places (§ 108 and botilbud-like) in 2022, published or modelled. */
const share108OfLongTermPlaces = (v: Values): number => v('places_108', 2022) / (v('places_108', 2022) + v('places_botilbudslignende', 2022));

const PAIRS: Pair[] = [
  { indicator: 'recipients_children', year: 2018, parameter: 'childStockScale', elasticity: 1, description: 'children and youth recipients 2018' },
  { indicator: 'recipients_children', year: 2022, parameter: 'childEntryScale', elasticity: 0.6, description: 'children and youth recipients 2022' },
  { indicator: 'recipients_adults', year: 2018, parameter: 'adultStockScale', elasticity: 1, description: 'adult recipients 2018' },
  { indicator: 'recipients_adults', year: 2022, parameter: 'adultEntryScale', elasticity: 0.6, description: 'adult recipients 2022' },
  { indicator: 'residents_residential', year: 2022, parameter: 'residentialPropensity', elasticity: 0.7, description: 'residents in residential places 2022' },
  { indicator: 'spend_residential', year: 2018, parameter: 'initialResidentialScale', elasticity: 0.6, description: 'residential spending 2018 (stock of residents at the start)' },
  // The 2018 split of long-term places is fitted to the split of 2022's long-term places (D8: 19 % § 108,
  // 52 % botilbud-like), not to the residents of botilbud-like housing: both types' places move by 2022
  // (new building, § 108 offers re-labelled as botilbud-like housing, conversion.ts), and places are
  // what the split sets. A share rather than a level, so that the noise of the total cancels. More
  // botilbud-like in 2018 means a smaller § 108 share (≈ −s/(1−s) ≈ −2.4 for the 2018 stock at
  // s ≈ 0.7, diluted by the places built since). Places of each type and the residents of
  // botilbud-like housing (C8) stay checks.
  {
    indicator: 'places_108',
    year: 2022,
    parameter: 'initialBotilbudLikeShare',
    target: () => share108OfLongTermPlaces(PUBLISHED),
    model: share108OfLongTermPlaces,
    elasticity: -2,
    description: '§ 108 share of long-term places 2022',
  },
  { indicator: 'spend_residential', year: 2022, parameter: 'residentialUnitCostScale', elasticity: 1, description: 'residential spending 2022' },
  {
    indicator: 'spend_adults',
    year: 2022,
    parameter: 'adultUnitCostScale',
    target: () => PUBLISHED('spend_adults', 2022) - PUBLISHED('spend_residential', 2022),
    model: (v) => v('spend_adults', 2022) - v('spend_residential', 2022),
    elasticity: 1,
    description: 'adult spending outside residential care 2022',
  },
  { indicator: 'spend_children', year: 2022, parameter: 'childUnitCostScale', elasticity: 1, description: 'children and youth spending 2022' },
  { indicator: 'crisis_women', year: 2022, parameter: 'crisisArrivalScale', elasticity: 1, description: 'women in crisis centres 2022' },
  { indicator: 'crisis_avg_stay_days', year: 2022, parameter: 'crisisHousingWaitMonths', elasticity: 1.3, description: 'crisis-centre days per woman 2022' },
  { indicator: 'spend_crisis_centres', year: 2022, parameter: 'crisisTariffScale', elasticity: 1, description: 'crisis-centre spending 2022' },
  { indicator: 'spend_crisis_centres', year: 2018, parameter: 'crisisInitialPlaces', elasticity: 1, description: 'crisis-centre spending 2018' },
];

const BOUNDS: Partial<Record<keyof Calibration, [number, number]>> = {
  residentialPropensity: [0.05, 1],
  initialBotilbudLikeShare: [0.05, 0.95],
  initialResidentialScale: [0.2, 5],
};

const { values: args } = parseArgs({
  options: {
    // The settings of the committed fit (docs/calibration.md). Means over few replications are noisy:
    // across replications § 108 places 2022 vary by about ±7 % (sd), so a mean of 8 moves by about
    // 2.5 % from seed to seed. With a fit of 6 or 12 runs at sample 0.5 and a verification of 8, the
    // verification said 26 of 26 by luck: 48 verification runs of the same fit put § 107 places at
    // +6.6 % and spending 2022 at +1.5 to +2.2 %. Fit at full scale on 24 runs and verify on 48
    // (about 1.5 minutes in all).
    sample: { type: 'string', default: '1' },
    runs: { type: 'string', default: '24' },
    iterations: { type: 'string', default: '8' },
    'verify-runs': { type: 'string', default: '48' },
    'verify-sample': { type: 'string', default: '1' },
    'verify-only': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    seed: { type: 'string', default: '11' },
  },
  strict: true,
});
const sample = Number(args.sample);
const runs = Number(args.runs);
const seed = Number(args.seed);
const municipalities = loadMunicipalities();

function simulate(calibration: Calibration, central: boolean, runCount: number, sampleFraction: number, runSeed: number): { mean: Values; runs: Record<string, Float64Array>[] } {
  const scenario = scenarioSchema.parse({ ...baselineFile, seed: runSeed, centralAssumptions: central });
  const results: Record<string, Float64Array>[] = [];
  for (let r = 0; r < runCount; r++) {
    results.push(runReplication({ scenario, municipalities, replication: r, sample: sampleFraction, calibration, endYear: 2022 }).indicators);
  }
  const mean: Values = (indicator, year) => {
    let sum = 0;
    for (const r of results) sum += r[indicator][year - FIRST_YEAR];
    return sum / results.length;
  };
  return { mean, runs: results };
}

function withinFraction(target: number, model: number, tolerance: number, fraction: number): boolean {
  return Math.abs(model / target - 1) <= tolerance * fraction;
}

let calibration: Calibration = { ...CALIBRATED };
if (!args['verify-only']) {
  const damping = 0.8;
  for (let iteration = 1; iteration <= Number(args.iterations); iteration++) {
    const started = performance.now();
    // Fitted with assumptions drawn from their ranges, as in every user run (the mean over
    // replications is what the published figure is compared with).
    const { mean } = simulate(calibration, false, runs, sample, seed);
    const next = { ...calibration };
    let worst = 0;
    let worstPair = '';
    let converged = true;
    for (const pair of PAIRS) {
      const target = pair.target ? pair.target() : PUBLISHED(pair.indicator, pair.year);
      const model = pair.model ? pair.model(mean) : mean(pair.indicator, pair.year);
      const ratio = target / model;
      if (Math.abs(ratio - 1) > worst) { worst = Math.abs(ratio - 1); worstPair = pair.description; }
      const tolerance = TARGETS.find((t) => t.indicator === pair.indicator && t.year === pair.year)?.tolerance ?? 0.03;
      if (!withinFraction(target, model, tolerance, 1 / 3)) converged = false;
      let value = calibration[pair.parameter] * Math.pow(ratio, damping / pair.elasticity);
      const bounds = BOUNDS[pair.parameter];
      if (bounds) value = Math.min(bounds[1], Math.max(bounds[0], value));
      next[pair.parameter] = value;
    }
    process.stderr.write(`iteration ${iteration}: worst error ${(worst * 100).toFixed(1)} % (${worstPair}; ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    if (converged) break;
    calibration = next;
  }
  if (!args['dry-run']) {
    const file = resolve(root, 'models/parameters/calibrated.json');
    const rounded = Object.fromEntries(CALIBRATION_KEYS.map((k) => [k, Number(calibration[k].toPrecision(6))]));
    writeFileSync(`${file}.tmp`, `${JSON.stringify({ note: 'Written by `npm run calibrate` (scripts/calibrate.ts); see docs/calibration.md. Do not edit by hand.', values: rounded }, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
    calibration = rounded as unknown as Calibration;
    process.stderr.write(`wrote ${file}\n`);
  }
}

// Verification: drawn assumptions, as in any user run.
const verifyRuns = Number(args['verify-runs']);
const verifySample = Number(args['verify-sample']);
process.stderr.write(`verifying with ${verifyRuns} replications at sample ${verifySample} (assumptions drawn)…\n`);
const verification = simulate(calibration, false, verifyRuns, verifySample, seed + 1000);
const rows = TARGETS.map((t: Target) => {
  const values = verification.runs.map((r) => r[t.indicator][t.year - FIRST_YEAR]).sort((a, b) => a - b);
  const model = verification.mean(t.indicator, t.year);
  const error = model / t.value - 1;
  const pair = PAIRS.find((p) => p.indicator === t.indicator && p.year === t.year);
  return { ...t, model, min: values[0], max: values[values.length - 1], error, ok: Math.abs(error) <= t.tolerance, fittedBy: pair?.parameter ?? null };
});
const fmt = (x: number): string => (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-GB') : x.toFixed(Math.abs(x) >= 10 ? 1 : 3));
const lines = [
  '# Calibration of the baseline to 2018–2022',
  '',
  `Generated by \`npm run calibrate\` (scripts/calibrate.ts) for ${MODEL_NAME} ${MODEL_VERSION}. Do not edit by hand.`,
  '',
  '## Procedure',
  '',
  'The notes give no tariff levels, group sizes by need, or place stocks for 2018 (expert-report §2K), so a',
  'few scalars are unknown. Each is paired with the published figure it moves most; starting from the',
  'current values, the baseline is run for 2018–2022 with assumptions drawn from their ranges',
  `(sample ${sample}, ${runs} replications, mean), and all scalars are updated together by`,
  '`x ← x · (target / model)^(0.8 / elasticity)`, a damped multiplicative fixed-point iteration, until every',
  'fitted figure is within a third of its tolerance. Everything else — the split of growth into volume and',
  'price, the place mix over time, the municipal spread, the cost tail, the private share — is left to the',
  'mechanisms. Trends in entries are assumptions with ranges (models/parameters/assumptions.ts), not fitted.',
  '',
  '| scalar | fitted to | value |',
  '|---|---|---|',
  ...PAIRS.map((p) => `| \`${p.parameter}\` | ${p.description} | ${fmt(calibration[p.parameter])} |`),
  '',
  '## Fit',
  '',
  `Verification: ${verifyRuns} full replications at sample ${verifySample} with every uncertain assumption drawn from its range`,
  `(seed ${seed + 1000}). "model" is the mean over replications, "range" the lowest and highest replication.`,
  'Tolerances: spending ±3 %, persons and places ±5 %, crisis centres and BPA ±10 % (engine issue).',
  '',
  '| indicator | year | target | source | model | range | error | tolerance | fitted by | within |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.indicator} | ${r.year} | ${fmt(r.value)} | ${r.source} | ${fmt(r.model)} | ${fmt(r.min)}–${fmt(r.max)} | ${(r.error * 100).toFixed(1)} % | ±${r.tolerance * 100} % | ${r.fittedBy ? `\`${r.fittedBy}\`` : '— (check)'} | ${r.ok ? 'yes' : '**no**'} |`),
  '',
  `${rows.filter((r) => r.ok).length} of ${rows.length} figures within tolerance.`,
  '',
];
// The report describes the fit that produced calibrated.json, so only a fitting run rewrites it.
if (!args['dry-run'] && !args['verify-only']) {
  mkdirSync(resolve(root, 'docs'), { recursive: true });
  writeFileSync(resolve(root, 'docs/calibration.md'), lines.join('\n'));
}
process.stdout.write(lines.slice(lines.indexOf('## Fit')).join('\n'));
