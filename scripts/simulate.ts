/**
 * `npm run simulate -- --scenario scenarios/baseline.json --out out.json`
 *
 * Runs replications 0 … runs−1 of a scenario and writes their summaries (model.md §Outputs) as
 * JSON or as a long CSV. Progress goes to stderr; stdout gets one summary line at the end.
 * Exit status 0 on success, 2 on bad options or a bad scenario file (nothing is written), 1 if
 * the program or its environment fails.
 */
import { runReplication, type ReplicationResult } from '../models/index';
import {
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  checkOutputPath,
  parseChoiceOption,
  parseFractionOption,
  parseIntegerOption,
  parseOptions,
  requireOption,
} from './lib/cli-options';
import { settingsOrExit } from './lib/command';
import { createProgress } from './lib/progress';
import { FIRST_YEAR, seconds } from './lib/replications';
import {
  RESULTS_FORMATS,
  formatResults,
  missingIndicators,
  nullIndicatorYears,
  resultsDocument,
  summariseResults,
  writeFileAtomic,
} from './lib/results-file';
import { readScenarioFile } from './lib/scenario-file';
import { loadMunicipalities } from './lib/shared-data';

const USAGE = `Usage: npm run simulate -- --scenario FILE --out FILE [options]

Runs replications 0 … runs−1 of a scenario and writes their yearly summaries
(mean, 5th, 50th and 95th percentile per indicator; per-municipality means).

  --scenario FILE   scenario file (JSON), e.g. scenarios/baseline.json   (required)
  --out FILE        results file to write (replaced atomically)          (required)
  --runs N          number of replications (overrides the scenario's runs, 1–1000)
  --seed N          random seed (overrides the scenario's seed)
  --format F        json (default) or csv: a long table with the columns
                    scenario,seed,level,municipality_code,municipality_name,
                    indicator,unit,year,statistic,value
  --sample F        simulate a fraction F in (0, 1] of the population and scale
                    results back to full size, e.g. 0.1 for a 1:10 sample (default 1)
  --end-year Y      last simulated year (overrides the scenario's horizon)
  --help            show this help

Progress goes to stderr. Exit status: 0 done, 2 bad options or scenario file
(nothing written), 1 failure.`;

const OPTIONS = {
  scenario: { type: 'string' },
  out: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  format: { type: 'string' },
  sample: { type: 'string' },
  'end-year': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  scenarioFile: string;
  out: string;
  runs?: number;
  seed?: number;
  endYear?: number;
  sample: number;
  format: (typeof RESULTS_FORMATS)[number];
}

function readSettings(args: string[]): Settings | 'help' {
  const values = parseOptions(args, OPTIONS);
  if (values.help) return 'help';
  const settings: Settings = {
    scenarioFile: requireOption('scenario', values.scenario, 'FILE'),
    out: requireOption('out', values.out, 'FILE'),
    runs: parseIntegerOption('runs', values.runs, 1),
    seed: parseIntegerOption('seed', values.seed, 0),
    endYear: parseIntegerOption('end-year', values['end-year'], 0),
    sample: parseFractionOption('sample', values.sample) ?? 1,
    format: parseChoiceOption('format', values.format, RESULTS_FORMATS, 'json'),
  };
  checkOutputPath(settings.out, [settings.scenarioFile]);
  return settings;
}

function main(args: string[]): number {
  const settings = settingsOrExit('simulate', USAGE, readSettings, args);
  if (typeof settings === 'number') return settings;

  const loaded = readScenarioFile(settings.scenarioFile, { runs: settings.runs, seed: settings.seed, endYear: settings.endYear });
  if (!loaded.ok) {
    const prefix = loaded.source === 'overrides' ? 'simulate: ' : '';
    for (const line of loaded.problems) process.stderr.write(`${prefix}${line}\n`);
    return EXIT_USAGE;
  }
  const scenario = loaded.scenario;

  let municipalities;
  try {
    municipalities = loadMunicipalities();
  } catch (error) {
    process.stderr.write(`simulate: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }

  const progress = createProgress();
  const started = Date.now();
  const results: ReplicationResult[] = [];
  for (let replication = 0; replication < scenario.runs; replication++) {
    const label = `run ${replication + 1}/${scenario.runs}`;
    const runStarted = Date.now();
    progress.status(`${label} …`);
    const result = runReplication({
      scenario,
      municipalities,
      replication,
      sample: settings.sample,
      onYear: (yearsDone) => progress.status(`${label} … ${FIRST_YEAR + yearsDone - 1}`),
    });
    results.push(result);
    const years = result.years;
    progress.line(`${label} ${years[0]}–${years[years.length - 1]} done (${seconds(Date.now() - runStarted)})`);
  }
  progress.end();

  const summary = summariseResults(results);
  const missing = missingIndicators(summary);
  if (missing.length > 0) {
    process.stderr.write(`simulate: the engine produced no values for required indicators (model.md §Outputs): ${missing.join(', ')}; nothing written\n`);
    return EXIT_FAILURE;
  }
  const doc = resultsDocument({ scenario: scenario.id, seed: scenario.seed, runs: scenario.runs, sample: settings.sample }, summary);
  const empty = nullIndicatorYears(doc);
  if (empty.length > 0) process.stderr.write(`simulate: no value (written as null) for ${empty.join(', ')}\n`);

  try {
    writeFileAtomic(settings.out, formatResults(doc, settings.format));
  } catch (error) {
    process.stderr.write(`simulate: cannot write ${settings.out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
  const span = `${doc.years[0]}–${doc.years[doc.years.length - 1]}`;
  const scale = settings.sample === 1 ? '' : `, sample ${settings.sample}`;
  process.stdout.write(`wrote ${settings.out}: ${scenario.id}, ${scenario.runs} run${scenario.runs === 1 ? '' : 's'}, seed ${scenario.seed}${scale}, ${span} (${seconds(Date.now() - started)})\n`);
  return EXIT_OK;
}

process.exitCode = main(process.argv.slice(2));
