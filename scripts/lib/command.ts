/**
 * The frame every comparing command (compare, attribute, sensitivity) shares around its work:
 * printing input problems (exit 2), loading the shared municipality data and writing the output
 * file (exit 1 on failure), each as one line on stderr prefixed with the command's name.
 */
import type { Municipality } from '../../models/index';
import { EXIT_OK, EXIT_USAGE, UsageError } from './cli-options';
import { writeFileAtomic } from './results-file';
import { loadMunicipalities } from './shared-data';

/** Print lines as given (scenario-file problems already start with the file name); returns exit status 2. */
export function printProblems(lines: readonly string[]): number {
  for (const line of lines) process.stderr.write(`${line}\n`);
  return EXIT_USAGE;
}

/** A UsageError's lines as `command: line` on stderr, returning exit status 2; any other error is re-thrown. */
export function reportUsageError(command: string, error: unknown): number {
  if (!(error instanceof UsageError)) throw error;
  return printProblems(error.lines.map((line) => `${command}: ${line}`));
}

/**
 * A command's settings from its arguments, or the exit status to return at once: 2 after printing the
 * usage problems, 0 after printing the help (`--help`).
 */
export function settingsOrExit<S>(command: string, usage: string, read: (args: string[]) => S | 'help', args: string[]): S | number {
  let settings: S | 'help';
  try {
    settings = read(args);
  } catch (error) {
    return reportUsageError(command, error);
  }
  if (settings === 'help') {
    process.stdout.write(`${usage}\n`);
    return EXIT_OK;
  }
  return settings;
}

/** The shared municipality data, or undefined after printing why it cannot be read. */
export function readMunicipalities(command: string): Municipality[] | undefined {
  try {
    return loadMunicipalities();
  } catch (error) {
    process.stderr.write(`${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}

/** Write the output atomically; false after printing why it failed. */
export function writeOutput(command: string, file: string, text: string): boolean {
  try {
    writeFileAtomic(file, text);
    return true;
  } catch (error) {
    process.stderr.write(`${command}: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}
