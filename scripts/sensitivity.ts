/**
 * `npm run sensitivity -- --scenario scenarios/x.json --out sens.json`
 *
 * A one-at-a-time tornado over the uncertain assumptions (models/parameters/assumptions.ts): with
 * every assumption at its central value, then each in turn at its low and at its high value (the
 * others central), run the scenario and the baseline (paired: one seed, the same replication
 * numbers) and report `spend_total` and `qol_mean` in one year (2040 by default), for the scenario
 * and as its difference from the baseline, sorted by swing. Prints tables to stdout and writes JSON
 * (shape: `sensitivityDocumentSchema` in scripts/lib/comparison-files.ts). Exit status 0 on
 * success, 2 on bad options or scenario files (nothing is written), 1 on failure.
 */
import { mean } from 'd3-array';
import { ASSUMPTIONS, ASSUMPTION_KEYS, MODEL_NAME, MODEL_VERSION, NATIONAL_INDICATORS, type AssumptionKey, type Scenario } from '../models/index';
// The engine's barrel does not export the assumption table yet; read it where it is defined.
import {
  EXIT_FAILURE,
  EXIT_OK,
  UsageError,
  checkOutputPath,
  parseFractionOption,
  parseIntegerOption,
  parseListOption,
  parseOptions,
  parseYearsOption,
  requireOption,
} from './lib/cli-options';
import { printProblems, readMunicipalities, reportUsageError, settingsOrExit, writeOutput } from './lib/command';
import { sensitivityDocumentSchema, type SensitivityDocument, type SensitivityOutcome } from './lib/comparison-files';
import { pairedDifferences, round7, summariseDifferences, swing, type Stat } from './lib/paired-stats';
import { createProgress } from './lib/progress';
import { FIRST_YEAR, atCentralAssumptions, checkYearsWithinHorizons, pairedSeed, runBatch, seconds, yearValues, type Job, type NationalRun } from './lib/replications';
import { formatJsonText } from './lib/results-file';
import { readScenarioFiles } from './lib/scenario-file';
import { decimalsForUnit, formatNumber, formatTable } from './lib/text-table';

const COMMAND = 'sensitivity';
const DEFAULT_BASELINE = 'scenarios/baseline.json';
const DEFAULT_RUNS = 2;
const DEFAULT_SAMPLE = 0.25;
const DEFAULT_YEAR = 2040;
const LAST_YEAR = 2040;
/** The indicators reported; the first orders the JSON's `assumptions`. */
const INDICATORS = ['spend_total', 'qol_mean'] as const;

const USAGE = `Usage: npm run sensitivity -- --scenario FILE --out FILE [options]

A one-at-a-time tornado over the uncertain assumptions: each assumption at its
low and at its high value, the others central, for the scenario and the
baseline (paired: same seed and replications). Reports spend_total and qol_mean
in one year for the scenario and as its difference from the baseline, sorted by
swing. Runs (1 + 2 × assumptions) × 2 × runs replications. Assumptions a scenario
file fixes stay fixed unless they are the one being varied.

  --scenario FILE     scenario file (JSON)                               (required)
  --out FILE          JSON file to write (replaced atomically)           (required)
  --baseline FILE     reference scenario (default ${DEFAULT_BASELINE})
  --assumptions LIST  comma-separated assumption keys (default: all ${ASSUMPTION_KEYS.length})
  --runs N            replications per setting (default ${DEFAULT_RUNS})
  --sample F          simulate a fraction F in (0, 1] of the population (default ${DEFAULT_SAMPLE})
  --seed N            seed for both (default: the scenario's seed)
  --year Y            year to report (default ${DEFAULT_YEAR}; within both horizons)
  --help              show this help

Progress goes to stderr ("12 of 80 runs"); the tables to stdout. Exit status:
0 done, 2 bad options or scenario files (nothing written), 1 failure.`;

const OPTIONS = {
  scenario: { type: 'string' },
  baseline: { type: 'string' },
  out: { type: 'string' },
  assumptions: { type: 'string' },
  runs: { type: 'string' },
  sample: { type: 'string' },
  seed: { type: 'string' },
  year: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  scenarioFile: string;
  baselineFile: string;
  out: string;
  assumptions: AssumptionKey[];
  runs: number;
  sample: number;
  seed?: number;
  year: number;
}

function parseAssumptions(text: string | undefined): AssumptionKey[] {
  const keys = parseListOption('assumptions', text);
  if (keys === undefined) return [...ASSUMPTION_KEYS];
  const unknown = keys.filter((key) => !(ASSUMPTION_KEYS as string[]).includes(key));
  if (unknown.length > 0) {
    throw new UsageError(unknown.map((key) => `--assumptions: unknown assumption '${key}'; allowed: ${ASSUMPTION_KEYS.join(', ')}`));
  }
  return [...new Set(keys)] as AssumptionKey[];
}

function readSettings(args: string[]): Settings | 'help' {
  const values = parseOptions(args, OPTIONS);
  if (values.help) return 'help';
  const year = parseYearsOption('year', values.year, FIRST_YEAR + 1, LAST_YEAR);
  if (year && year.length !== 1) throw new UsageError(`--year: give one year, got '${values.year}'`);
  const settings: Settings = {
    scenarioFile: requireOption('scenario', values.scenario, 'FILE'),
    baselineFile: values.baseline ?? DEFAULT_BASELINE,
    out: requireOption('out', values.out, 'FILE'),
    assumptions: parseAssumptions(values.assumptions),
    runs: parseIntegerOption('runs', values.runs, 1) ?? DEFAULT_RUNS,
    sample: parseFractionOption('sample', values.sample) ?? DEFAULT_SAMPLE,
    seed: parseIntegerOption('seed', values.seed, 0),
    year: year?.[0] ?? DEFAULT_YEAR,
  };
  checkOutputPath(settings.out, [settings.scenarioFile, settings.baselineFile]);
  return settings;
}

/** One setting of the assumptions: a name for progress, and the values it fixes. */
interface Setting {
  label: string;
  fixed: Scenario['assumptions'];
}

function outcome(year: number, scenarioRuns: NationalRun[], baselineRuns: NationalRun[]): SensitivityOutcome {
  const result: SensitivityOutcome = { scenario: {}, baseline: {}, difference: {} };
  for (const key of INDICATORS) {
    const s = yearValues(scenarioRuns, key, year);
    const b = yearValues(baselineRuns, key, year);
    result.scenario[key] = round7(mean(s));
    result.baseline[key] = round7(mean(b));
    result.difference[key] = summariseDifferences(pairedDifferences(s, b));
  }
  return result;
}

/** Larger swings first; a missing swing last. */
const bySwing = (a: Stat, b: Stat) => (b ?? -1) - (a ?? -1);

function tornadoTable(doc: SensitivityDocument, key: string): string {
  const unit = doc.units[key]!;
  const d = decimalsForUnit(unit);
  const entries = [...doc.assumptions].sort(
    (a, b) => bySwing(a.swing[key]!.difference, b.swing[key]!.difference) || bySwing(a.swing[key]!.scenario, b.swing[key]!.scenario) || a.key.localeCompare(b.key),
  );
  const rows = entries.map((e) => [
    e.key,
    `${e.low}–${e.high}`,
    formatNumber(e.atLow.scenario[key], d),
    formatNumber(e.atHigh.scenario[key], d),
    formatNumber(e.atLow.difference[key]!.mean, d, true),
    formatNumber(e.atHigh.difference[key]!.mean, d, true),
    formatNumber(e.swing[key]!.difference, d),
    formatNumber(e.swing[key]!.scenario, d),
  ]);
  const c = doc.central;
  const title =
    `${key} in ${doc.year} (${unit}): ${doc.scenario.id} ${formatNumber(c.scenario[key], d)}, ` +
    `difference from ${doc.baseline.id} ${formatNumber(c.difference[key]!.mean, d, true)} at central assumptions`;
  const table = formatTable(
    ['assumption', 'low–high', 'level at low', 'level at high', 'diff at low', 'diff at high', 'diff swing', 'level swing'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
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
  try {
    checkYearsWithinHorizons('year', [settings.year], files, [scenario, baseline]);
  } catch (error) {
    return reportUsageError(COMMAND, error);
  }
  const { seed, note } = pairedSeed(settings.seed, scenario, baseline, settings.baselineFile);
  if (note) process.stderr.write(`${COMMAND}: ${note}\n`);

  const municipalities = readMunicipalities(COMMAND);
  if (!municipalities) return EXIT_FAILURE;

  const settingsList: Setting[] = [{ label: 'central', fixed: {} }];
  for (const key of settings.assumptions) {
    settingsList.push({ label: `${key} low`, fixed: { [key]: ASSUMPTIONS[key].low } });
    settingsList.push({ label: `${key} high`, fixed: { [key]: ASSUMPTIONS[key].high } });
  }
  const runs = settings.runs;
  const jobs: Job[] = [];
  for (const setting of settingsList) {
    const pair = [atCentralAssumptions({ ...scenario, seed }, setting.fixed), atCentralAssumptions({ ...baseline, seed }, setting.fixed)];
    for (let r = 0; r < runs; r++) {
      jobs.push({ scenario: pair[0]!, replication: r, label: `${setting.label}, ${scenario.id} run ${r + 1}/${runs}` });
      jobs.push({ scenario: pair[1]!, replication: r, label: `${setting.label}, ${baseline.id} run ${r + 1}/${runs}` });
    }
  }
  const progress = createProgress();
  const started = Date.now();
  const results = runBatch(jobs, { municipalities, sample: settings.sample, endYear: settings.year, progress });
  progress.end();
  /** Outcome of setting k: its 2 × runs results, scenario and baseline interleaved. */
  const outcomeOf = (k: number) => {
    const block = results.slice(k * 2 * runs, (k + 1) * 2 * runs);
    return outcome(settings.year, block.filter((_, j) => j % 2 === 0), block.filter((_, j) => j % 2 === 1));
  };

  const units: Record<string, string> = NATIONAL_INDICATORS;
  const entries: SensitivityDocument['assumptions'] = settings.assumptions.map((key, i) => {
    const atLow = outcomeOf(1 + 2 * i);
    const atHigh = outcomeOf(2 + 2 * i);
    const { low, central, high, unit } = ASSUMPTIONS[key];
    const swings = Object.fromEntries(
      INDICATORS.map((ind) => [ind, { scenario: swing(atLow.scenario[ind]!, atHigh.scenario[ind]!), difference: swing(atLow.difference[ind]!.mean, atHigh.difference[ind]!.mean) }]),
    );
    return { key, unit, low, central, high, atLow, atHigh, swing: swings };
  });
  const main = INDICATORS[0];
  entries.sort((a, b) => bySwing(a.swing[main]!.difference, b.swing[main]!.difference) || bySwing(a.swing[main]!.scenario, b.swing[main]!.scenario) || a.key.localeCompare(b.key));

  const doc = sensitivityDocumentSchema.parse({
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    kind: 'sensitivity',
    scenario: { id: scenario.id, title: scenario.title, file: settings.scenarioFile },
    baseline: { id: baseline.id, title: baseline.title, file: settings.baselineFile },
    seed,
    runs,
    sample: settings.sample,
    year: settings.year,
    units: Object.fromEntries(INDICATORS.map((key) => [key, units[key] ?? ''])),
    central: outcomeOf(0),
    assumptions: entries,
  } satisfies SensitivityDocument);
  if (!writeOutput(COMMAND, settings.out, formatJsonText(doc))) return EXIT_FAILURE;
  process.stdout.write(INDICATORS.map((key) => tornadoTable(doc, key)).join('\n'));
  process.stdout.write(`wrote ${settings.out}: ${settings.assumptions.length} assumptions, ${jobs.length} runs, seed ${seed}, sample ${settings.sample}, ${settings.year} (${seconds(Date.now() - started)})\n`);
  return EXIT_OK;
}

process.exitCode = main(process.argv.slice(2));
