/**
 * Why the app refuses a scenario, as data for the interface to word in the reader's language
 * (src/lib/i18n/problems.ts). The engine's problems come from `parseScenario` (models/schema/
 * problems.ts: an English line, as the CLI prints it, and the problem as data); a shared link adds
 * problems of its own syntax (share.ts).
 *
 * The engine workers validate every scenario they run and throw `InvalidScenarioError` for one the
 * engine refuses. Only an error's name and message cross the worker boundary (Comlink), so the page
 * reads the problems again from the scenario it sent (`runFailure`): the same engine gives the same
 * problems, as data.
 */
import { parseScenario, pathText, type ScenarioIssue, type ScenarioProblem } from '../../../models/index';

export { pathText, type ScenarioIssue, type ScenarioProblem };

/** A shared link's own problems, found before its scenario is read. */
export type LinkSyntaxProblem =
	/** `v` is missing (null) or not a version number. */
	| { code: 'link_version'; found: string | null }
	| { code: 'link_seed'; found: string }
	/** A `key:value` entry of `l` or `a` that cannot be read. */
	| { code: 'link_entry'; entry: string };

/** A problem as the app reports it: where, the English line, and the problem as data. */
export interface Problem {
	path: (string | number)[];
	line: string;
	problem: ScenarioProblem | LinkSyntaxProblem;
}

/** The problems of a raw scenario (any supported schema version); empty if the engine accepts it. */
export function scenarioProblems(raw: unknown): ScenarioIssue[] {
	const parsed = parseScenario(raw);
	return parsed.ok ? [] : parsed.issues;
}

/** Name of the error the engine workers throw for a scenario the engine refuses. */
export const INVALID_SCENARIO = 'InvalidScenarioError';

/** The error a worker throws for a refused scenario (its English message lists the problems, for logs). */
export function invalidScenarioError(issues: readonly ScenarioIssue[]): Error {
	const error = new Error(`Invalid scenario:\n${issues.map((issue) => issue.line).join('\n')}`);
	error.name = INVALID_SCENARIO;
	return error;
}

/** The message of the error a worker's pool raises when the worker dies without a message of its own. */
export const WORKER_STOPPED = 'The engine worker stopped unexpectedly.';

/** Why runs of a scenario failed: the scenario's problems, or another error (a crashed worker) by its message. */
export type RunFailure = { kind: 'scenario'; problems: ScenarioIssue[] } | { kind: 'error'; message: string };

/** The failure of a run of `scenario` that rejected with `error`. */
export function runFailure(error: unknown, scenario: unknown): RunFailure {
	if (error instanceof Error && error.name === INVALID_SCENARIO) {
		const problems = scenarioProblems(scenario);
		if (problems.length > 0) return { kind: 'scenario', problems };
	}
	return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}
