/**
 * The files written by `compare`, `attribute` and `sensitivity`: their zod schemas (the single
 * source of truth for their shape; types are inferred from them), and the CSV form of a
 * comparison. Every statistic is a number rounded to 7 significant digits, or null where the
 * indicator has no value (e.g. a mean waiting time in a year without placements).
 *
 * All three compare a scenario with a reference run with the same seed and replication numbers
 * (common random numbers), so a difference is taken per replication ("paired") before it is
 * summarised; `p5`/`p95` of a difference are the 5th and 95th percentiles of those per-replication
 * differences (a paired 90 % interval).
 */
import { csvFormat } from 'd3-dsv';
import { z } from 'zod';

const stat = z.number().nullable();
const series = z.array(stat).describe('one value per entry of `years`');

const modelSchema = z.strictObject({ name: z.string(), version: z.string() });

/** A scenario as run: its id and title from the file, and the file as given on the command line. */
export const scenarioRefSchema = z.strictObject({ id: z.string(), title: z.string(), file: z.string() });

const intervalSummary = z.strictObject({
  mean: stat.describe('mean over replications of the paired difference'),
  p5: stat.describe('5th percentile of the per-replication differences'),
  p95: stat.describe('95th percentile of the per-replication differences'),
});

// ── compare ──────────────────────────────────────────────────────────────────────────────────

export const levelSeriesSchema = z.strictObject({ unit: z.string(), mean: series, p5: series, p50: series, p95: series });
export const differenceSeriesSchema = z.strictObject({
  unit: z.string(),
  mean: series.describe('yearly mean of scenario − reference over paired replications'),
  p5: series.describe('yearly 5th percentile of the per-replication differences'),
  p95: series.describe('yearly 95th percentile of the per-replication differences'),
});

/**
 * `npm run compare`: every scenario's own levels, and for each scenario after the first its
 * paired yearly difference from the first (the reference), per national indicator.
 *
 * ```json
 * { "model": {…}, "kind": "comparison", "seed": 7, "runs": 20, "sample": 1,
 *   "years": [2018, …, 2040], "reference": "baseline",
 *   "scenarios": [
 *     { "id": "baseline", "title": "…", "file": "scenarios/baseline.json",
 *       "levels": { "spend_total": { "unit": "bn DKK, 2023 prices", "mean": [], "p5": [], "p50": [], "p95": [] }, … },
 *       "difference": null },
 *     { "id": "package-botilbud", …, "levels": { … },
 *       "difference": { "spend_total": { "unit": "…", "mean": [], "p5": [], "p95": [] }, … } } ] }
 * ```
 */
export const comparisonDocumentSchema = z.strictObject({
  model: modelSchema,
  kind: z.literal('comparison'),
  seed: z.int().describe('the seed every scenario ran with'),
  runs: z.int().min(1).describe('replications 0 … runs−1 of every scenario'),
  sample: z.number().gt(0).max(1),
  years: z.array(z.int()),
  reference: z.string().describe('id of the first scenario, which the others are compared with'),
  scenarios: z.array(
    scenarioRefSchema.extend({
      levels: z.record(z.string(), levelSeriesSchema).describe("the scenario's own yearly mean, 5th, 50th and 95th percentile"),
      difference: z.record(z.string(), differenceSeriesSchema).nullable().describe('paired difference from the reference; null for the reference itself'),
    }),
  ),
});
export type ComparisonDocument = z.infer<typeof comparisonDocumentSchema>;

/** Columns of the long CSV form of a comparison, one row per value. */
export const COMPARISON_CSV_COLUMNS = [
  'reference', 'scenario', 'file', 'seed', 'measure', 'indicator', 'unit', 'year', 'statistic', 'value',
] as const;

/**
 * The long CSV form: for each scenario its levels (measure `level`: mean, p5, p50, p95) and,
 * after the reference, its paired difference (measure `difference`: mean, p5, p95). A null value
 * is an empty field.
 */
export function formatComparisonCsv(doc: ComparisonDocument): string {
  const rows: Record<(typeof COMPARISON_CSV_COLUMNS)[number], string | number | null>[] = [];
  for (const s of doc.scenarios) {
    const base = { reference: doc.reference, scenario: s.id, file: s.file, seed: doc.seed };
    type Block = Record<string, { unit: string } & Partial<Record<'mean' | 'p5' | 'p50' | 'p95', (number | null)[]>>>;
    const blocks: [string, Block, readonly ('mean' | 'p5' | 'p50' | 'p95')[]][] = [
      ['level', s.levels, ['mean', 'p5', 'p50', 'p95']],
      ['difference', s.difference ?? {}, ['mean', 'p5', 'p95']],
    ];
    for (const [measure, block, statistics] of blocks) {
      for (const [indicator, values] of Object.entries(block)) {
        doc.years.forEach((year, y) => {
          for (const statistic of statistics) {
            rows.push({ ...base, measure, indicator, unit: values.unit, year, statistic, value: values[statistic]?.[y] ?? null });
          }
        });
      }
    }
  }
  return `${csvFormat(rows, [...COMPARISON_CSV_COLUMNS])}\n`;
}

// ── attribute ────────────────────────────────────────────────────────────────────────────────

export const attributionYearSchema = z.strictObject({
  year: z.int(),
  baselineCentral: stat.describe('mean level of the baseline at central assumptions'),
  scenarioCentral: stat.describe('mean level of the scenario at central assumptions'),
  policyEffect: stat.describe('(a) mean paired difference at central assumptions'),
  assumptionSd: stat.describe('(b) √max(0, var(drawn differences) − var(central differences))'),
  assumptionInterval: z
    .strictObject({ p5: stat, p95: stat })
    .describe('(b) 5th–95th percentile of the paired differences with drawn assumptions'),
  drawnMean: stat.describe('mean paired difference with drawn assumptions'),
  noiseSd: stat.describe('(c) sd of the paired differences at central assumptions'),
});

/**
 * `npm run attribute`: the change versus the baseline in a few indicators and years, split into
 * the policy effect, the spread from assumption uncertainty and stochastic noise.
 *
 * ```json
 * { "model": {…}, "kind": "attribution",
 *   "scenario": { "id": "x", "title": "…", "file": "scenarios/x.json" }, "baseline": { … },
 *   "seed": 7, "runs": 8, "sample": 1, "years": [2030, 2040],
 *   "indicators": { "spend_total": { "unit": "bn DKK, 2023 prices", "byYear": [
 *     { "year": 2030, "baselineCentral": 61.2, "scenarioCentral": 60.9, "policyEffect": -0.3,
 *       "assumptionSd": 0.12, "assumptionInterval": { "p5": -0.5, "p95": -0.1 }, "drawnMean": -0.28,
 *       "noiseSd": 0.04 }, … ] }, "qol_mean": { … } } }
 * ```
 */
export const attributionDocumentSchema = z.strictObject({
  model: modelSchema,
  kind: z.literal('attribution'),
  scenario: scenarioRefSchema,
  baseline: scenarioRefSchema,
  seed: z.int(),
  runs: z.int().min(2).describe('replications per variant (central, drawn) and scenario'),
  sample: z.number().gt(0).max(1),
  years: z.array(z.int()),
  indicators: z.record(z.string(), z.strictObject({ unit: z.string(), byYear: z.array(attributionYearSchema) })),
});
export type AttributionDocument = z.infer<typeof attributionDocumentSchema>;

// ── sensitivity ──────────────────────────────────────────────────────────────────────────────

const byIndicator = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

/** The runs at one setting of the assumptions: mean levels and paired differences in the reported year. */
export const sensitivityOutcomeSchema = z.strictObject({
  scenario: byIndicator(stat).describe('mean level of the scenario'),
  baseline: byIndicator(stat).describe('mean level of the baseline'),
  difference: byIndicator(intervalSummary).describe('paired difference scenario − baseline'),
});

export const sensitivityEntrySchema = z.strictObject({
  key: z.string().describe('assumption key (models/parameters/assumptions.ts)'),
  unit: z.string(),
  low: z.number(),
  central: z.number(),
  high: z.number(),
  atLow: sensitivityOutcomeSchema.describe('this assumption at its low value, the others central'),
  atHigh: sensitivityOutcomeSchema.describe('this assumption at its high value, the others central'),
  swing: byIndicator(z.strictObject({ scenario: stat, difference: stat })).describe('|at high − at low|'),
});

/**
 * `npm run sensitivity`: a one-at-a-time tornado. `assumptions` is sorted by the swing of the
 * `spend_total` difference, then of the `spend_total` level, then by key.
 *
 * ```json
 * { "model": {…}, "kind": "sensitivity", "scenario": {…}, "baseline": {…},
 *   "seed": 7, "runs": 2, "sample": 0.25, "year": 2040,
 *   "units": { "spend_total": "bn DKK, 2023 prices", "qol_mean": "index 0–1" },
 *   "central": { "scenario": { "spend_total": 70.1, … }, "baseline": { … }, "difference": { "spend_total": { "mean": -0.2, "p5": …, "p95": … }, … } },
 *   "assumptions": [ { "key": "economyWeight", "unit": "probability", "low": 0.3, "central": 0.35, "high": 0.5,
 *     "atLow": { …like central… }, "atHigh": { … },
 *     "swing": { "spend_total": { "scenario": 1.3, "difference": 0.2 }, "qol_mean": { … } } }, … ] }
 * ```
 */
export const sensitivityDocumentSchema = z.strictObject({
  model: modelSchema,
  kind: z.literal('sensitivity'),
  scenario: scenarioRefSchema,
  baseline: scenarioRefSchema,
  seed: z.int(),
  runs: z.int().min(1),
  sample: z.number().gt(0).max(1),
  year: z.int().describe('the year reported'),
  units: z.record(z.string(), z.string()).describe('the indicators reported, with their units'),
  central: sensitivityOutcomeSchema.describe('every assumption central'),
  assumptions: z.array(sensitivityEntrySchema),
});
export type SensitivityDocument = z.infer<typeof sensitivityDocumentSchema>;
export type SensitivityOutcome = z.infer<typeof sensitivityOutcomeSchema>;
