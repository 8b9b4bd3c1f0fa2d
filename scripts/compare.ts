/**
 * `npm run compare -- --scenarios scenarios/baseline.json,scenarios/x.json --runs 20 --seed 7 --out cmp.json`
 *
 * Runs replications 0 … runs−1 of every scenario with one seed. Replication r of each scenario
 * shares its world draws and assumption draws (common random numbers), so the per-replication
 * difference from the first scenario shows the policy, not the dice. Writes each scenario's
 * levels and, for each scenario after the first, each national indicator's yearly paired
 * difference from the first (mean and 5th–95th percentile), as JSON (shape:
 * `comparisonDocumentSchema` in scripts/lib/comparison-files.ts) or a long CSV. Progress goes to
 * stderr, a short table of headline differences to stdout. Exit status 0 on success, 2 on bad
 * options or scenario files (nothing is written), 1 if the program or its environment fails.
 */
import { MODEL_NAME, MODEL_VERSION, NATIONAL_INDICATORS, type Scenario } from '../models/index';
import {
  EXIT_FAILURE,
  EXIT_OK,
  UsageError,
  checkOutputPath,
  parseChoiceOption,
  parseFractionOption,
  parseIntegerOption,
  parseListOption,
  parseOptions,
  requireOption,
} from './lib/cli-options';
import { printProblems, readMunicipalities, reportUsageError, settingsOrExit, writeOutput } from './lib/command';
import { comparisonDocumentSchema, formatComparisonCsv, type ComparisonDocument } from './lib/comparison-files';
import { pairedDifferences, summariseDifferences, summariseLevels } from './lib/paired-stats';
import { createProgress } from './lib/progress';
import { runBatch, seconds, yearValues, type Job, type NationalRun } from './lib/replications';
import { RESULTS_FORMATS, formatJsonText, type ResultsFormat } from './lib/results-file';
import { readScenarioFiles } from './lib/scenario-file';
import { decimalsForUnit, formatInterval, formatNumber, formatTable } from './lib/text-table';

const COMMAND = 'compare';

const USAGE = `Usage: npm run compare -- --scenarios FILE,FILE[,FILE…] --out FILE [options]

Runs replications 0 … runs−1 of every scenario with the same seed (common random
numbers: replication r of each scenario shares its world draws) and writes, for
each scenario after the first, every national indicator's yearly difference from
the first: the mean and a paired 90 % interval (5th–95th percentile of the
per-replication differences), plus each scenario's own mean, 5th, 50th and 95th
percentile.

  --scenarios LIST  comma-separated scenario files; the first is the reference  (required)
  --out FILE        file to write (replaced atomically)                        (required)
  --runs N          replications per scenario (default: the first scenario's runs)
  --seed N          seed for every scenario (overrides the files' seeds; required
                    if the files' seeds differ)
  --sample F        simulate a fraction F in (0, 1] of the population (default 1)
  --end-year Y      last simulated year (default: the scenarios' horizon, the
                    earliest if they differ)
  --format F        json (default; shape: comparisonDocumentSchema in
                    scripts/lib/comparison-files.ts) or csv: a long table with the
                    columns reference,scenario,file,seed,measure,indicator,unit,
                    year,statistic,value
  --help            show this help

Progress goes to stderr; a table of headline differences to stdout. Exit status:
0 done, 2 bad options or scenario files (nothing written), 1 failure.`;

const OPTIONS = {
  scenarios: { type: 'string' },
  out: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  sample: { type: 'string' },
  'end-year': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Indicators shown in the stdout table (the file has all of them). */
const HEADLINE = ['spend_total', 'qol_mean'] as const;

interface Settings {
  files: string[];
  out: string;
  runs?: number;
  seed?: number;
  endYear?: number;
  sample: number;
  format: ResultsFormat;
}

function readSettings(args: string[]): Settings | 'help' {
  const values = parseOptions(args, OPTIONS);
  if (values.help) return 'help';
  const files = parseListOption('scenarios', requireOption('scenarios', values.scenarios, 'FILE,FILE'))!;
  if (files.length < 2) throw new UsageError(`--scenarios: give at least two scenario files (the first is the reference), got ${files.length}`);
  const settings: Settings = {
    files,
    out: requireOption('out', values.out, 'FILE'),
    runs: parseIntegerOption('runs', values.runs, 1),
    seed: parseIntegerOption('seed', values.seed, 0),
    endYear: parseIntegerOption('end-year', values['end-year'], 0),
    sample: parseFractionOption('sample', values.sample) ?? 1,
    format: parseChoiceOption('format', values.format, RESULTS_FORMATS, 'json'),
  };
  checkOutputPath(settings.out, files);
  return settings;
}

/** One seed for all: `--seed`, else the files' common seed; a UsageError if the files disagree. */
function commonSeed(files: string[], scenarios: Scenario[], seed: number | undefined): number {
  if (seed !== undefined) return seed;
  const seeds = new Set(scenarios.map((s) => s.seed));
  if (seeds.size > 1) {
    const list = scenarios.map((s, k) => `${files[k]}: ${s.seed}`).join(', ');
    throw new UsageError(`the scenarios have different seeds (${list}); paired differences need one seed: give --seed N`);
  }
  return scenarios[0]!.seed;
}

function comparisonDocument(
  settings: { seed: number; runs: number; sample: number },
  files: string[],
  scenarios: Scenario[],
  runs: NationalRun[][],
): ComparisonDocument {
  const years = runs[0]![0]!.years;
  const units: Record<string, string> = NATIONAL_INDICATORS;
  const keys = Object.keys(runs[0]![0]!.indicators);
  const reference = runs[0]!;
  const doc: ComparisonDocument = {
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    kind: 'comparison',
    seed: settings.seed,
    runs: settings.runs,
    sample: settings.sample,
    years: [...years],
    reference: scenarios[0]!.id,
    scenarios: scenarios.map((scenario, s) => {
      const levels: ComparisonDocument['scenarios'][number]['levels'] = {};
      const difference: NonNullable<ComparisonDocument['scenarios'][number]['difference']> = {};
      for (const key of keys) {
        const unit = units[key] ?? '';
        const level = { unit, mean: [] as (number | null)[], p5: [] as (number | null)[], p50: [] as (number | null)[], p95: [] as (number | null)[] };
        const diff = { unit, mean: [] as (number | null)[], p5: [] as (number | null)[], p95: [] as (number | null)[] };
        for (const year of years) {
          const values = yearValues(runs[s]!, key, year);
          const l = summariseLevels(values);
          level.mean.push(l.mean);
          level.p5.push(l.p5);
          level.p50.push(l.p50);
          level.p95.push(l.p95);
          if (s > 0) {
            const d = summariseDifferences(pairedDifferences(values, yearValues(reference, key, year)));
            diff.mean.push(d.mean);
            diff.p5.push(d.p5);
            diff.p95.push(d.p95);
          }
        }
        levels[key] = level;
        difference[key] = diff;
      }
      return { id: scenario.id, title: scenario.title, file: files[s]!, levels, difference: s === 0 ? null : difference };
    }),
  };
  return comparisonDocumentSchema.parse(doc);
}

/** The stdout table: headline differences from the reference in a few years. */
function headlineTable(doc: ComparisonDocument): string {
  const last = doc.years[doc.years.length - 1]!;
  const shown = [...new Set([2030, 2040, last])].filter((year) => doc.years.includes(year)).sort((a, b) => a - b);
  const rows: string[][] = [];
  for (const s of doc.scenarios.slice(1)) {
    for (const key of HEADLINE) {
      const d = s.difference?.[key];
      if (!d) continue;
      for (const year of shown) {
        const y = doc.years.indexOf(year);
        const decimals = decimalsForUnit(d.unit);
        rows.push([s.id, key, String(year), formatNumber(s.levels[key]!.mean[y], decimals), formatNumber(d.mean[y], decimals, true), formatInterval(d.p5[y]!, d.p95[y]!, decimals), d.unit]);
      }
    }
  }
  const title = `Paired differences from ${doc.reference} (seed ${doc.seed}, ${doc.runs} run${doc.runs === 1 ? '' : 's'}, sample ${doc.sample})`;
  const table = formatTable(['scenario', 'indicator', 'year', 'level', 'difference', '90 % interval', 'unit'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'left']);
  return `${title}\n${table}\n`;
}

function main(args: string[]): number {
  const settings = settingsOrExit(COMMAND, USAGE, readSettings, args);
  if (typeof settings === 'number') return settings;

  const loaded = readScenarioFiles(COMMAND, settings.files, { seed: settings.seed, runs: settings.runs, endYear: settings.endYear });
  if (!loaded.ok) return printProblems(loaded.problems);
  const scenarios = loaded.scenarios;
  let seed: number;
  try {
    seed = commonSeed(settings.files, scenarios, settings.seed);
  } catch (error) {
    return reportUsageError(COMMAND, error);
  }
  const runs = settings.runs ?? scenarios[0]!.runs;
  const horizons = scenarios.map((s) => s.horizon.endYear);
  const endYear = Math.min(...horizons);
  if (new Set(horizons).size > 1) {
    process.stderr.write(`${COMMAND}: note: the scenarios' horizons differ (${horizons.join(', ')}); comparing up to ${endYear}\n`);
  }

  const municipalities = readMunicipalities(COMMAND);
  if (!municipalities) return EXIT_FAILURE;

  // Replication-major order: an interrupted run has seen every scenario.
  const seeded = scenarios.map((s) => ({ ...s, seed }));
  const jobs: Job[] = [];
  for (let r = 0; r < runs; r++) {
    seeded.forEach((scenario, s) => jobs.push({ scenario, replication: r, label: `${scenario.id}${ambiguous(scenarios, s) ? ` (#${s + 1})` : ''} run ${r + 1}/${runs}` }));
  }
  const progress = createProgress();
  const started = Date.now();
  const results = runBatch(jobs, { municipalities, sample: settings.sample, endYear, progress });
  progress.end();
  const byScenario = scenarios.map((_, s) => results.filter((_, k) => k % scenarios.length === s));

  const doc = comparisonDocument({ seed, runs, sample: settings.sample }, settings.files, scenarios, byScenario);
  const text = settings.format === 'csv' ? formatComparisonCsv(doc) : formatJsonText(doc);
  if (!writeOutput(COMMAND, settings.out, text)) return EXIT_FAILURE;
  process.stdout.write(headlineTable(doc));
  const span = `${doc.years[0]}–${doc.years[doc.years.length - 1]}`;
  process.stdout.write(`wrote ${settings.out}: ${scenarios.length} scenarios, ${runs} run${runs === 1 ? '' : 's'} each, seed ${seed}, sample ${settings.sample}, ${span} (${seconds(Date.now() - started)})\n`);
  return EXIT_OK;
}

/** Whether scenario s shares its id with another one (then progress lines number it). */
function ambiguous(scenarios: Scenario[], s: number): boolean {
  return scenarios.some((other, k) => k !== s && other.id === scenarios[s]!.id);
}

process.exitCode = main(process.argv.slice(2));
