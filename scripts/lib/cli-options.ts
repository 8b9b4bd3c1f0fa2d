/**
 * Command-line plumbing shared by the CLI scripts (simulate, compare, attribute, sensitivity …):
 * strict option parsing with one-line messages, number parsers for option values, and the
 * exit statuses every command uses.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit statuses: 0 success, 1 a failure of the program or its environment, 2 bad input (options or files). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Bad input from the user: the command prints each line to stderr and exits with status 2. */
export class UsageError extends Error {
  readonly lines: string[];
  constructor(lines: string | string[]) {
    const all = Array.isArray(lines) ? lines : [lines];
    super(all.join('\n'));
    this.name = 'UsageError';
    this.lines = all;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs in strict mode (unknown options and positionals are errors), with its
 * errors turned into a one-line UsageError such as `unknown option --foo (see --help)`.
 */
export function parseOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? message} (see --help)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${quoted ?? message}: every value belongs to an option (see --help)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument is ambiguous/.test(message)) {
        return `option ${quoted ?? ''}: its value starts with '-'; write it as ${quoted ?? '--option'}=VALUE`;
      }
      // e.g. "Option '--runs <value>' argument missing" or "Option '--help' does not take an argument"
      return message.split('\n')[0]!.replace(/^Option '([^']*)'/, 'option $1:').replace(/\.$/, '');
    default:
      return message.split('\n')[0]!;
  }
}

const INTEGER = /^[+]?\d+$/;
const DECIMAL = /^[+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A whole number ≥ `min` written in decimal digits, e.g. `--runs 8`. */
export function parseIntegerOption(name: string, text: string | undefined, min = 0): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim());
  if (!INTEGER.test(text.trim()) || !Number.isSafeInteger(value)) {
    throw new UsageError(`--${name}: expected a whole number, got '${text}'`);
  }
  if (value < min) throw new UsageError(`--${name}: must be at least ${min}, got ${value}`);
  return value;
}

/** A fraction in (0, 1], e.g. `--sample 0.1`. */
export function parseFractionOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.trim());
  if (!DECIMAL.test(text.trim()) || !Number.isFinite(value)) {
    throw new UsageError(`--${name}: expected a number in (0, 1], got '${text}'`);
  }
  if (!(value > 0 && value <= 1)) throw new UsageError(`--${name}: must be in (0, 1] (e.g. 0.1 for a 1:10 sample), got ${text}`);
  return value;
}

/** One of a fixed list of words, e.g. `--format csv`. */
export function parseChoiceOption<T extends string>(name: string, text: string | undefined, choices: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if (!(choices as readonly string[]).includes(text)) {
    throw new UsageError(`--${name}: expected one of ${choices.join(', ')}, got '${text}'`);
  }
  return text as T;
}

/** A required option's value, or a UsageError naming it. */
export function requireOption(name: string, value: string | undefined, placeholder = 'VALUE'): string {
  if (value === undefined || value === '') throw new UsageError(`--${name} ${placeholder} is required (see --help)`);
  return value;
}

/** A comma-separated list of non-empty items, e.g. `--scenarios a.json,b.json`; blanks around commas are ignored. */
export function parseListOption(name: string, text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const items = text.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new UsageError(`--${name}: expected a comma-separated list without empty items, got '${text}'`);
  return items;
}

/** Calendar years in [first, last], comma-separated, e.g. `--years 2030,2040`; returned sorted and without repeats. */
export function parseYearsOption(name: string, text: string | undefined, first: number, last: number): number[] | undefined {
  const items = parseListOption(name, text);
  if (items === undefined) return undefined;
  const years = items.map((item) => {
    if (!INTEGER.test(item)) throw new UsageError(`--${name}: expected a year such as 2030, got '${item}'`);
    const year = Number(item);
    if (year < first || year > last) throw new UsageError(`--${name}: ${year} is outside ${first}–${last}`);
    return year;
  });
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * Refuse an output path that cannot be written before spending minutes simulating: a missing or
 * unwritable directory, a directory in its place, or one of the command's input files.
 */
export function checkOutputPath(out: string, inputs: readonly string[] = []): void {
  const input = inputs.find((file) => resolve(out) === resolve(file));
  if (input !== undefined) throw new UsageError(`--out ${out}: refusing to overwrite the input file ${input}`);
  const dir = dirname(resolve(out));
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError(`--out ${out}: ${dir} is not a directory`);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--out ${out}: ${code === 'ENOENT' ? `directory ${dir} does not exist` : `cannot write in ${dir}`}`);
  }
  try {
    if (statSync(out).isDirectory()) throw new UsageError(`--out ${out}: is a directory`);
  } catch (error) {
    if (error instanceof UsageError) throw error; // a file that does not exist yet is fine
  }
}
