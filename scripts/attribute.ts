/**
 * `npm run attribute -- --scenario scenarios/x.json --out attr.json`
 *
 * Splits a scenario's change versus the baseline in `spend_total` and `qol_mean` (2030 and 2040 by
 * default) into the parts the user must tell apart (model.md §Levers: "which parts of a result come
 * from policy, from assumptions, and from chance"):
 *   (a) the policy effect: the mean paired difference with every assumption at its central value;
 *   (b) the spread from assumption uncertainty: the paired differences with drawn assumptions,
 *       their variance minus the stochastic variance (as an sd), and their 90 % interval;
 *   (c) stochastic noise: the sd of the paired differences at central assumptions.
 * Both scenarios run replications 0 … runs−1 twice (central, drawn) with one seed, so replication r
 * shares its world and assumption draws across them. Prints a table to stdout and writes JSON
 * (shape: `attributionDocumentSchema` in scripts/lib/comparison-files.ts). Exit status 0 on
 * success, 2 on bad options or scenario files (nothing is written), 1 on failure.
 */
import { mean } from 'd3-array';
import { MODEL_NAME, MODEL_VERSION, NATIONAL_INDICATORS, type Scenario } from '../models/index';
import {
  EXIT_FAILURE,
  EXIT_OK,
  UsageError,
  checkOutputPath,
  parseFractionOption,
  parseIntegerOption,
  parseOptions,
  parseYearsOption,
  requireOption,
} from './lib/cli-options';
import { printProblems, readMunicipalities, reportUsageError, settingsOrExit, writeOutput } from './lib/command';
import { attributionDocumentSchema, type AttributionDocument } from './lib/comparison-files';
import { attribute, pairedDifferences, round7 } from './lib/paired-stats';
import { createProgress } from './lib/progress';
import {
  FIRST_YEAR,
  atCentralAssumptions,
  checkYearsWithinHorizons,
  pairedSeed,
  runBatch,
  seconds,
  withDrawnAssumptions,
  yearValues,
  type Job,
  type NationalRun,
} from './lib/replications';
import { formatJsonText } from './lib/results-file';
import { readScenarioFiles } from './lib/scenario-file';
import { decimalsForUnit, formatInterval, formatNumber, formatTable } from './lib/text-table';

const COMMAND = 'attribute';
const DEFAULT_BASELINE = 'scenarios/baseline.json';
const DEFAULT_YEARS = [2030, 2040];
const LAST_YEAR = 2040;
/** The indicators attributed. */
const INDICATORS = ['spend_total', 'qol_mean'] as const;

const USAGE = `Usage: npm run attribute -- --scenario FILE --out FILE [options]

Splits the scenario's change versus the baseline in spend_total and qol_mean into
  (a) the policy effect: mean paired difference, both at central assumptions;
  (b) assumption uncertainty: paired differences with drawn assumptions, their
      variance minus the stochastic variance (as an sd), and their 90 % interval;
  (c) stochastic noise: sd of the paired differences at central assumptions.
Runs 4 × runs replications (scenario and baseline, central and drawn), all with
one seed. Assumptions a scenario file fixes stay fixed in both variants.

  --scenario FILE   scenario file (JSON)                                 (required)
  --out FILE        JSON file to write (replaced atomically)             (required)
  --baseline FILE   reference scenario (default ${DEFAULT_BASELINE})
  --runs N          replications per variant, at least 2 (default: the scenario's runs)
  --seed N          seed for both (default: the scenario's seed)
  --sample F        simulate a fraction F in (0, 1] of the population (default 1)
  --years LIST      years to report, comma-separated (default ${DEFAULT_YEARS.join(',')});
                    each must lie within both scenarios' horizons
  --help            show this help

Progress goes to stderr; the table to stdout. Exit status: 0 done, 2 bad options
or scenario files (nothing written), 1 failure.`;

const OPTIONS = {
  scenario: { type: 'string' },
  baseline: { type: 'string' },
  out: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  sample: { type: 'string' },
  years: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  scenarioFile: string;
  baselineFile: string;
  out: string;
  runs?: number;
  seed?: number;
  sample: number;
  years: number[];
}

function readSettings(args: string[]): Settings | 'help' {
  const values = parseOptions(args, OPTIONS);
  if (values.help) return 'help';
  const settings: Settings = {
    scenarioFile: requireOption('scenario', values.scenario, 'FILE'),
    baselineFile: values.baseline ?? DEFAULT_BASELINE,
    out: requireOption('out', values.out, 'FILE'),
    runs: parseIntegerOption('runs', values.runs, 2),
    seed: parseIntegerOption('seed', values.seed, 0),
    sample: parseFractionOption('sample', values.sample) ?? 1,
    years: parseYearsOption('years', values.years, FIRST_YEAR, LAST_YEAR) ?? DEFAULT_YEARS,
  };
  checkOutputPath(settings.out, [settings.scenarioFile, settings.baselineFile]);
  return settings;
}

/** Results of the four variants, each `runs` replications long. */
interface Runs {
  scenarioCentral: NationalRun[];
  baselineCentral: NationalRun[];
  scenarioDrawn: NationalRun[];
  baselineDrawn: NationalRun[];
}

function attributionDocument(settings: Settings & { seed: number; runs: number }, scenario: Scenario, baseline: Scenario, runs: Runs): AttributionDocument {
  const units: Record<string, string> = NATIONAL_INDICATORS;
  const indicators: AttributionDocument['indicators'] = {};
  for (const key of INDICATORS) {
    indicators[key] = {
      unit: units[key] ?? '',
      byYear: settings.years.map((year) => {
        const values = (list: NationalRun[]) => yearValues(list, key, year);
        const central = pairedDifferences(values(runs.scenarioCentral), values(runs.baselineCentral));
        const drawn = pairedDifferences(values(runs.scenarioDrawn), values(runs.baselineDrawn));
        return {
          year,
          baselineCentral: round7(mean(values(runs.baselineCentral))),
          scenarioCentral: round7(mean(values(runs.scenarioCentral))),
          ...attribute(central, drawn),
        };
      }),
    };
  }
  return attributionDocumentSchema.parse({
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    kind: 'attribution',
    scenario: { id: scenario.id, title: scenario.title, file: settings.scenarioFile },
    baseline: { id: baseline.id, title: baseline.title, file: settings.baselineFile },
    seed: settings.seed,
    runs: settings.runs,
    sample: settings.sample,
    years: settings.years,
    indicators,
  });
}

function attributionTable(doc: AttributionDocument): string {
  const rows: string[][] = [];
  for (const [key, { unit, byYear }] of Object.entries(doc.indicators)) {
    const d = decimalsForUnit(unit);
    for (const y of byYear) {
      rows.push([
        key,
        String(y.year),
        formatNumber(y.baselineCentral, d),
        formatNumber(y.policyEffect, d, true),
        formatNumber(y.assumptionSd, d),
        formatInterval(y.assumptionInterval.p5, y.assumptionInterval.p95, d),
        formatNumber(y.noiseSd, d),
        unit,
      ]);
    }
  }
  const title =
    `Change of ${doc.scenario.id} versus ${doc.baseline.id} (seed ${doc.seed}, ${doc.runs} runs per variant, sample ${doc.sample})\n` +
    '(a) policy effect at central assumptions; (b) spread from assumptions: sd and 90 % interval of the\n' +
    'paired differences with drawn assumptions; (c) stochastic noise: sd at central assumptions';
  const table = formatTable(
    ['indicator', 'year', 'baseline', '(a) policy effect', '(b) assumptions sd', '(b) 90 % interval', '(c) noise sd', 'unit'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  return `${title}\n${table}\n`;
}

function main(args: string[]): number {
  const settings = settingsOrExit(COMMAND, USAGE, readSettings, args);
  if (typeof settings === 'number') return settings;

  const files = [settings.scenarioFile, settings.baselineFile];
  const loaded = readScenarioFiles(COMMAND, files, { seed: settings.seed, runs: settings.runs });
  if (!loaded.ok) return printProblems(loaded.problems);
  const [scenario, baseline] = loaded.scenarios as [Scenario, Scenario];
  const runs = settings.runs ?? scenario.runs;
  try {
    if (runs < 2) throw new UsageError(`${settings.scenarioFile} asks for ${runs} run; a spread needs at least 2: give --runs N`);
    checkYearsWithinHorizons('years', settings.years, files, [scenario, baseline]);
  } catch (error) {
    return reportUsageError(COMMAND, error);
  }
  const { seed, note } = pairedSeed(settings.seed, scenario, baseline, settings.baselineFile);
  if (note) process.stderr.write(`${COMMAND}: ${note}\n`);

  const municipalities = readMunicipalities(COMMAND);
  if (!municipalities) return EXIT_FAILURE;

  const variants = [
    ['central', atCentralAssumptions],
    ['drawn', withDrawnAssumptions],
  ] as const;
  const jobs: Job[] = [];
  for (const [name, variant] of variants) {
    for (let r = 0; r < runs; r++) {
      jobs.push({ scenario: variant({ ...scenario, seed }), replication: r, label: `${scenario.id}, ${name} assumptions, run ${r + 1}/${runs}` });
      jobs.push({ scenario: variant({ ...baseline, seed }), replication: r, label: `${baseline.id}, ${name} assumptions, run ${r + 1}/${runs}` });
    }
  }
  const progress = createProgress();
  const started = Date.now();
  const results = runBatch(jobs, { municipalities, sample: settings.sample, endYear: Math.max(...settings.years), progress });
  progress.end();
  const pick = (variant: number, which: number) => results.slice(variant * 2 * runs, (variant + 1) * 2 * runs).filter((_, k) => k % 2 === which);

  const doc = attributionDocument({ ...settings, seed, runs }, scenario, baseline, {
    scenarioCentral: pick(0, 0),
    baselineCentral: pick(0, 1),
    scenarioDrawn: pick(1, 0),
    baselineDrawn: pick(1, 1),
  });
  if (!writeOutput(COMMAND, settings.out, formatJsonText(doc))) return EXIT_FAILURE;
  process.stdout.write(attributionTable(doc));
  process.stdout.write(`wrote ${settings.out}: ${jobs.length} runs, seed ${seed}, sample ${settings.sample} (${seconds(Date.now() - started)})\n`);
  return EXIT_OK;
}

process.exitCode = main(process.argv.slice(2));
