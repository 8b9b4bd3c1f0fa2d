/**
 * Reading a scenario file (scenarios/*.json) from disk and validating it with the engine's zod
 * schema, for every CLI command. Each problem becomes one line prefixed with the file name as the
 * user typed it, e.g. `scenarios/x.json: runs: Invalid input: expected int, received string`, so
 * that it can be printed as-is (and read by editors that jump to `file: …` lines).
 */
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../models/index';

/**
 * A valid scenario, or one line per problem. `source` says whether the file itself is at fault
 * (lines start with the file name) or a command-line override is (lines start with the option).
 */
export type ScenarioResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; source: 'file' | 'overrides'; problems: string[] };

/** Command-line values that replace the scenario's own (`--seed`, `--runs`, `--end-year`). */
export interface ScenarioOverrides {
  seed?: number;
  runs?: number;
  endYear?: number;
}

/** Which command-line option sets each overridable scenario field, for naming it in messages. */
const OVERRIDE_OPTIONS: Record<string, string> = { seed: '--seed', runs: '--runs', 'horizon.endYear': '--end-year' };

/** Read, parse and validate a scenario file; then apply the overrides and validate again. */
export function readScenarioFile(file: string, overrides: ScenarioOverrides = {}): ScenarioResult {
  const raw = readJsonFile(file);
  if (!raw.ok) return { ok: false, source: 'file', problems: raw.problems };
  const parsed = parseScenario(raw.value);
  if (!parsed.ok) return { ok: false, source: 'file', problems: parsed.problems.map((line) => `${file}: ${line}`) };
  return applyOverrides(parsed.scenario, overrides);
}

/**
 * The scenario with command-line overrides applied, re-validated through the schema so an
 * override obeys the same ranges as the file (e.g. `--runs 5000` is refused like `"runs": 5000`).
 * Problems name the option, e.g. `--end-year: Too big: expected number to be <=2040`.
 */
export function applyOverrides(scenario: Scenario, overrides: ScenarioOverrides): ScenarioResult {
  const input: Scenario = { ...scenario, horizon: { ...scenario.horizon } };
  if (overrides.seed !== undefined) input.seed = overrides.seed;
  if (overrides.runs !== undefined) input.runs = overrides.runs;
  if (overrides.endYear !== undefined) input.horizon.endYear = overrides.endYear;
  const parsed = parseScenario(input);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    source: 'overrides',
    problems: parsed.problems.map((line) => {
      const colon = line.indexOf(': ');
      const path = line.slice(0, colon);
      return OVERRIDE_OPTIONS[path] ? `${OVERRIDE_OPTIONS[path]}${line.slice(colon)}` : line;
    }),
  };
}

/** The scenario, or a thrown Error whose message holds one line per problem (for scripts and tests). */
export function loadScenario(file: string, overrides: ScenarioOverrides = {}): Scenario {
  const result = readScenarioFile(file, overrides);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.scenario;
}

type JsonResult = { ok: true; value: unknown } | { ok: false; problems: string[] };

/** A JSON file's value, or one line saying why it cannot be read or parsed (with line and column). */
export function readJsonFile(file: string): JsonResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`${file}: cannot read the file: ${describeFsError(error)}`] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [`${file}: not valid JSON: ${describeJsonError(error, text)}`] };
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** V8 says `… in JSON at position 17`; people want a line and column. */
function describeJsonError(error: unknown, text: string): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const match = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message.slice(0, match.index)} (line ${line}, column ${column})`;
}

/**
 * Several scenario files read with the same overrides, for the commands that run more than one
 * (compare, attribute, sensitivity). On failure: every problem of every file, one line each, ready
 * to print — a file's lines start with the file name, an override's with `command: ` (printed once
 * even if it fails for several files).
 */
export function readScenarioFiles(
  command: string,
  files: readonly string[],
  overrides: ScenarioOverrides = {},
): { ok: true; scenarios: Scenario[] } | { ok: false; problems: string[] } {
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const result = readScenarioFile(file, overrides);
    if (result.ok) scenarios.push(result.scenario);
    else problems.push(...result.problems.map((line) => (result.source === 'overrides' ? `${command}: ${line}` : line)));
  }
  return problems.length > 0 ? { ok: false, problems: [...new Set(problems)] } : { ok: true, scenarios };
}
