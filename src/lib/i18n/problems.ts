/**
 * Problems of a refused scenario (a tampered link, a scenario the engine refuses) in the reader's
 * language. The problems come as data (src/lib/client/scenario-problems.ts); in English the page
 * shows the engine's own line, the one its CLI prints, and here is the Danish wording of the same
 * problems: zod's issue codes with their parameters, the engine's own checks, and a link's syntax.
 *
 * The path stays as written (`levers.r2_3.setting`, `policyChanges.0.year`): it names fields of the
 * scenario file, which are the same in every language.
 */
import { pathText, WORKER_STOPPED, type LinkSyntaxProblem, type Problem, type RunFailure, type ScenarioProblem } from '$lib/client/scenario-problems';
import type { Locale } from './index.svelte';
import { plainNumber } from './numbers';

const num = (value: number): string => plainNumber(value, 'da');
const quoted = (text: string): string => `»${text}«`;
const list = (items: readonly string[]): string => items.join(', ');

/** Zod's type names (`expected`, `received`) as a Danish complement: "skal være et helt tal". */
const TYPE_DA: Record<string, string> = {
	string: 'tekst',
	number: 'et tal',
	int: 'et helt tal',
	nan: 'NaN (ikke et tal)',
	boolean: 'true eller false',
	object: 'et objekt',
	array: 'en liste',
	null: 'null',
	bigint: 'et heltal'
};
const typeDa = (name: string): string => TYPE_DA[name] ?? name;

/** What a size limit counts, by zod's `origin`. */
const UNIT_DA: Record<string, string> = { string: 'tegn', array: 'elementer', set: 'elementer', file: 'bytes' };

function limit(origin: string, bound: number, inclusive: boolean, side: 'min' | 'max'): string {
	const unit = UNIT_DA[origin];
	if (unit) return side === 'min' ? `skal have mindst ${num(bound)} ${unit}` : `må højst have ${num(bound)} ${unit}`;
	if (side === 'min') return inclusive ? `skal være mindst ${num(bound)}` : `skal være større end ${num(bound)}`;
	return inclusive ? `må højst være ${num(bound)}` : `skal være mindre end ${num(bound)}`;
}

/** A problem's message in Danish (without its path). */
export function problemMessageDa(problem: ScenarioProblem | LinkSyntaxProblem): string {
	switch (problem.code) {
		// zod's own problems
		case 'invalid_type':
			if (problem.received === 'undefined') return `mangler (skal være ${typeDa(problem.expected)})`;
			if (problem.expected === 'int' && problem.received === 'number') return 'skal være et helt tal';
			return `skal være ${typeDa(problem.expected)}, men er ${typeDa(problem.received)}`;
		case 'too_small':
			return limit(problem.origin, problem.minimum, problem.inclusive, 'min');
		case 'too_big':
			return limit(problem.origin, problem.maximum, problem.inclusive, 'max');
		case 'unrecognized_keys':
			return `${problem.keys.length === 1 ? 'ukendt nøgle' : 'ukendte nøgler'} ${list(problem.keys)} (ikke en del af scenarieformatet)`;
		case 'invalid_value':
			return problem.values.length === 1
				? `skal være ${JSON.stringify(problem.values[0])}`
				: `skal være en af ${list(problem.values.map((v) => JSON.stringify(v)))}`;
		case 'invalid_format':
			return `har ikke den rette form (${problem.format})`;
		case 'not_multiple_of':
			return `skal gå op i ${num(problem.divisor)}`;
		case 'invalid_key':
			return `ugyldig nøgle: ${problem.problems.map(problemMessageDa).join('; ')}`;
		case 'invalid_element':
			return `ugyldigt element: ${problem.problems.map(problemMessageDa).join('; ')}`;
		case 'other':
			return 'ugyldig værdi';
		// the engine's own checks
		case 'unsupported_version': {
			const shown = problem.found === null ? 'mangler' : `version ${problem.found} understøttes ikke`;
			return `${shown}; understøttede versioner af scenarieformatet: ${list(problem.supported.map(String))} (filer i version 1 opdateres til version ${problem.current})`;
		}
		case 'levers_need_version':
			return `kræver schemaVersion ${problem.version} (filer i version 1 har ingen tiltag)`;
		case 'unknown_lever':
			return `ukendt tiltag; tilladte: ${list(problem.allowed)}`;
		case 'unknown_setting':
			return `ukendt indstilling ${quoted(problem.setting)} for tiltaget ${problem.lever}; tilladte: ${list(problem.allowed)}`;
		case 'start_year_outside':
			return `${problem.year} ligger uden for de simulerede år; tilladt: ${problem.first}–${problem.last}`;
		case 'unknown_assumption':
			return `ukendt antagelse; tilladte: ${list(problem.allowed)}`;
		case 'assumption_outside_range':
			return `${num(problem.value)} ligger uden for det dokumenterede interval [${num(problem.low)}; ${num(problem.high)}]`;
		case 'scenario_id':
			return 'kun små bogstaver, cifre, - og _ (1–64 tegn)';
		case 'year_key':
			return `skal være et år ${problem.first}–${problem.last}`;
		case 'thresholds_ascend':
			return 'beløbsgrænserne skal stige (t1 ≤ t2 ≤ t3)';
		// a shared link's syntax
		case 'link_version':
			return problem.found === null ? 'mangler' : `${quoted(problem.found)} er ikke et versionsnummer`;
		case 'link_seed':
			return `${quoted(problem.found)} er ikke et helt tal`;
		case 'link_entry':
			return `${quoted(problem.entry)} kan ikke læses`;
	}
}

/**
 * Where a problem is and what it is, in the reader's language. In English, the two halves of the
 * engine's own line (`path: message`, the path written as the CLI writes it).
 */
export function problemParts(problem: Problem, locale: Locale): { path: string; message: string } {
	if (locale === 'en') {
		const path = pathText(problem.path);
		return { path, message: problem.line.slice(path.length + 2) };
	}
	return { path: problem.path.length ? problem.path.join('.') : '(hele scenariet)', message: problemMessageDa(problem.problem) };
}

/** One problem as one line, `path: message` (in English exactly the CLI's line). */
export function problemText(problem: Problem, locale: Locale): string {
	if (locale === 'en') return problem.line;
	const { path, message } = problemParts(problem, locale);
	return `${path}: ${message}`;
}

const FAILURE = {
	da: { invalidScenario: 'Scenariet er ugyldigt:', stopped: 'Regnemotoren stoppede uventet.', technical: 'teknisk besked' },
	en: { invalidScenario: 'Invalid scenario:', stopped: 'The engine stopped unexpectedly.', technical: 'technical message' }
} satisfies Record<Locale, { invalidScenario: string; stopped: string; technical: string }>;

/**
 * Why runs failed, in one paragraph: the scenario's problems, or that the engine stopped (with the
 * browser's or engine's own message, in English, for a bug report).
 */
export function runFailureText(failure: RunFailure, locale: Locale): string {
	const f = FAILURE[locale];
	if (failure.kind === 'error') return failure.message === WORKER_STOPPED ? f.stopped : `${f.stopped} (${f.technical}: ${failure.message})`;
	return `${FAILURE[locale].invalidScenario} ${failure.problems.map((p) => problemText(p, locale)).join('; ')}`;
}
