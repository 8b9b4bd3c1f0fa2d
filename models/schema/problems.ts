/**
 * Problems of a scenario file as data, beside the English line the CLI prints for each. The engine
 * words its problems in English only; a user interface words them in its own language from the
 * data (the web app: src/lib/i18n/problems.ts).
 *
 * Most problems are zod's (wrong type, out of range, unknown key) and are kept as zod's issue code
 * and parameters. The checks zod cannot name (unknown levers, settings and assumptions, values
 * outside a documented range, unsupported schema versions) are the engine's own `EngineProblem`s:
 * a schema check raises one as a zod custom issue with the problem in `params` and its English
 * wording (`englishMessage`) as the message.
 */
import { z } from 'zod';

export type EngineProblem =
  /** `found`: the declared version as JSON, or null when there is none. */
  | { code: 'unsupported_version'; found: string | null; supported: number[]; current: number }
  /** A version-1 file (which has no levers) names levers. */
  | { code: 'levers_need_version'; version: number }
  | { code: 'unknown_lever'; allowed: string[] }
  | { code: 'unknown_setting'; lever: string; setting: string; allowed: string[] }
  | { code: 'start_year_outside'; year: number; first: number; last: number }
  | { code: 'unknown_assumption'; allowed: string[] }
  | { code: 'assumption_outside_range'; value: number; low: number; high: number }
  /** A scenario id that is not lower-case letters, digits, - and _ (1–64 characters). */
  | { code: 'scenario_id' }
  /** A key of a yearly-amounts record that is not a year in range. */
  | { code: 'year_key'; first: number; last: number }
  | { code: 'thresholds_ascend' };

/** The English wording of an engine problem (the message of its zod issue; the CLI prints it). */
export function englishMessage(problem: EngineProblem): string {
  switch (problem.code) {
    case 'unsupported_version': {
      const shown = problem.found === null ? 'missing' : `${problem.found} is not supported`;
      return `${shown}; supported versions: ${problem.supported.join(', ')} (version 1 files are upgraded to ${problem.current})`;
    }
    case 'levers_need_version':
      return `needs schemaVersion ${problem.version} (version 1 files have no levers)`;
    case 'unknown_lever':
      return `unknown lever; allowed: ${problem.allowed.join(', ')}`;
    case 'unknown_setting':
      return `unknown setting ${JSON.stringify(problem.setting)} of lever ${problem.lever}; allowed: ${problem.allowed.join(', ')}`;
    case 'start_year_outside':
      return `${problem.year} is outside the simulated years; allowed: ${problem.first}–${problem.last}`;
    case 'unknown_assumption':
      return `unknown assumption; allowed: ${problem.allowed.join(', ')}`;
    case 'assumption_outside_range':
      return `${problem.value} is outside the documented range [${problem.low}, ${problem.high}]`;
    case 'scenario_id':
      return 'lower-case letters, digits, - and _ (1–64 characters)';
    case 'year_key':
      return `a year ${problem.first}–${problem.last}`;
    case 'thresholds_ascend':
      return 'thresholds must ascend (t1 ≤ t2 ≤ t3)';
  }
}

/** A check's failure as zod wants it (`.refine(ok, raise(…))`, `ctx.addIssue({ code: 'custom', path, ...raise(…) })`). */
export function raise(problem: EngineProblem): { message: string; params: EngineProblem } {
  return { message: englishMessage(problem), params: problem };
}

/** The codes of `EngineProblem`, to tell the engine's custom issues from any other. */
const ENGINE_CODES: ReadonlySet<string> = new Set<EngineProblem['code']>([
  'unsupported_version', 'levers_need_version', 'unknown_lever', 'unknown_setting', 'start_year_outside',
  'unknown_assumption', 'assumption_outside_range', 'scenario_id', 'year_key', 'thresholds_ascend',
]);

/** A zod problem: its issue code and the parameters a message needs (no input, path or message). */
export type ZodProblem =
  /** `received`: zod's name for the type of the value found ('undefined' when it is missing). */
  | { code: 'invalid_type'; expected: string; received: string }
  | { code: 'too_small'; origin: string; minimum: number; inclusive: boolean }
  | { code: 'too_big'; origin: string; maximum: number; inclusive: boolean }
  | { code: 'unrecognized_keys'; keys: string[] }
  | { code: 'invalid_value'; values: (string | number | boolean | null)[] }
  | { code: 'invalid_format'; format: string }
  | { code: 'not_multiple_of'; divisor: number }
  /** A record key or a collection element that fails its own schema, with why. */
  | { code: 'invalid_key' | 'invalid_element'; problems: ScenarioProblem[] }
  /** Anything else (a union with no match, a custom check without an engine problem): the English message. */
  | { code: 'other'; message: string };

export type ScenarioProblem = EngineProblem | ZodProblem;

export interface ScenarioIssue {
  /** Keys and indices from the top of the file; empty for the file as a whole. */
  path: (string | number)[];
  /** The English line the CLI prints: `path: message`. */
  line: string;
  problem: ScenarioProblem;
}

const plain = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);

function problemOf(issue: z.core.$ZodIssue): ScenarioProblem {
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as EngineProblem | undefined;
      return params && ENGINE_CODES.has(params.code) ? params : { code: 'other', message: issue.message };
    }
    case 'invalid_type':
      return { code: issue.code, expected: issue.expected, received: z.core.util.parsedType(issue.input) };
    case 'too_small':
      return { code: issue.code, origin: issue.origin, minimum: Number(issue.minimum), inclusive: issue.inclusive ?? true };
    case 'too_big':
      return { code: issue.code, origin: issue.origin, maximum: Number(issue.maximum), inclusive: issue.inclusive ?? true };
    case 'unrecognized_keys':
      return { code: issue.code, keys: issue.keys };
    case 'invalid_value':
      return { code: issue.code, values: issue.values.filter(plain) };
    case 'invalid_format':
      return { code: issue.code, format: issue.format };
    case 'not_multiple_of':
      return { code: issue.code, divisor: Number(issue.divisor) };
    case 'invalid_key':
    case 'invalid_element':
      return { code: issue.code, problems: issue.issues.map(problemOf) };
    default:
      return { code: 'other', message: issue.message };
  }
}

/** The path as the CLI writes it: `policyChanges.0.year`, or `(top level)` for the file as a whole. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(top level)';
}

/** Each zod issue as a scenario issue: its path, the CLI's English line, and the problem as data. */
export function scenarioIssues(error: z.ZodError): ScenarioIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const message =
      issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.join(', ')} (not part of the scenario schema)` : issue.message;
    return { path, line: `${pathText(path)}: ${message}`, problem: problemOf(issue) };
  });
}
