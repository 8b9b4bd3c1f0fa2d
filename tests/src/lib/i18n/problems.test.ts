/**
 * A refused scenario's problems in the reader's language: in English exactly the engine's lines (as
 * its CLI prints them), in Danish worded from the problems' data; the same for a tampered link and
 * for a scenario an engine worker refuses.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../../models/index';
import { decodeShare } from '../../../../src/lib/client/share';
import {
	invalidScenarioError,
	runFailure,
	scenarioProblems,
	WORKER_STOPPED,
	type Problem
} from '../../../../src/lib/client/scenario-problems';
import { problemMessageDa, problemParts, problemText, runFailureText } from '../../../../src/lib/i18n/problems';

const minimal = { schemaVersion: 2, id: 'x', title: 'X' };

const danish = (raw: unknown): string[] => scenarioProblems(raw).map((p) => problemText(p, 'da'));

/** Malformed scenarios that between them fail every check of the scenario schema. */
const MALFORMED: unknown[] = [
	'text',
	{ schemaVersion: 2, id: 'x' },
	{ ...minimal, seed: 'seven', runs: 0, extra: 1, other: 2 },
	{ ...minimal, seed: 1.5, title: 'x'.repeat(201), description: 5, horizon: { endYear: 2041, startYear: 2020 } },
	{ ...minimal, id: 'Has Spaces', centralAssumptions: 'yes' },
	{ ...minimal, schemaVersion: 3 },
	{ ...minimal, schemaVersion: '2' },
	{ id: 'x', title: 'X' },
	{ ...minimal, schemaVersion: 1, levers: {} },
	{ ...minimal, levers: { nope: { setting: 'x' }, r2_1: { setting: 'bogus', startYear: 1999 }, r2_2: { setting: 'proposed', extra: 1 } } },
	{ ...minimal, assumptions: { warp: 1, economyWeight: 5, buildLagYears: 'x' } },
	{ ...minimal, policyChanges: new Array(201).fill({ year: 2025, policy: {} }) },
	{
		...minimal,
		policyChanges: [
			{
				year: 2017,
				policy: {
					loanPoolBn: { next: 0.5, 2025: -1 },
					reimbursementThresholds: [2e6, 1e6, 3e6],
					reimbursementRates: [0.1],
					binaryScore: 'yes',
					economyWeight: 1.2,
					visitsPerYear: 0,
					tarifCap: 1
				}
			}
		]
	}
];

describe('problems of a scenario file', () => {
	it('are the engine’s own lines in English, byte for byte', () => {
		for (const raw of MALFORMED) {
			const parsed = parseScenario(raw);
			expect(parsed.ok).toBe(false);
			if (parsed.ok) continue;
			expect(scenarioProblems(raw).map((p) => problemText(p, 'en'))).toEqual(parsed.problems);
		}
	});

	it('read in Danish', () => {
		expect(danish('text')).toEqual(['(hele scenariet): skal være et objekt, men er tekst']);
		expect(danish({ schemaVersion: 2, id: 'x' })).toEqual(['title: mangler (skal være tekst)']);
		expect(danish({ ...minimal, seed: 1.5, runs: 0, extra: 1 })).toEqual([
			'seed: skal være et helt tal',
			'runs: skal være mindst 1',
			'(hele scenariet): ukendt nøgle extra (ikke en del af scenarieformatet)'
		]);
		expect(danish({ ...minimal, horizon: { endYear: 2041 }, title: '' })).toEqual([
			'title: skal have mindst 1 tegn',
			'horizon.endYear: må højst være 2040'
		]);
		expect(danish({ ...minimal, id: 'Has Spaces' })).toEqual(['id: kun små bogstaver, cifre, - og _ (1–64 tegn)']);
		expect(danish({ ...minimal, schemaVersion: 3 })).toEqual([
			'schemaVersion: version 3 understøttes ikke; understøttede versioner af scenarieformatet: 1, 2 (filer i version 1 opdateres til version 2)'
		]);
		expect(danish({ id: 'x', title: 'X' })[0]).toMatch(/^schemaVersion: mangler; understøttede versioner/);
		expect(danish({ ...minimal, levers: { r2_1: { setting: 'bogus', startYear: 1999 } } })).toEqual([
			'levers.r2_1.setting: ukendt indstilling »bogus« for tiltaget r2_1; tilladte: off, proposed, strong',
			'levers.r2_1.startYear: 1999 ligger uden for de simulerede år; tilladt: 2018–2040'
		]);
		expect(danish({ ...minimal, levers: { nope: { setting: 'x' } } })[0]).toMatch(/^levers\.nope: ukendt tiltag; tilladte: r2_1, r2_2, /);
		expect(danish({ ...minimal, assumptions: { warp: 1, economyWeight: 0.55 } })).toEqual([
			expect.stringMatching(/^assumptions\.warp: ukendt antagelse; tilladte: .*economyWeight/),
			'assumptions.economyWeight: 0,55 ligger uden for det dokumenterede interval [0,3; 0,5]'
		]);
		expect(
			danish({ ...minimal, policyChanges: [{ year: 2025, policy: { loanPoolBn: { next: 0.5 }, visitsPerYear: 0, reimbursementThresholds: [2e6, 1e6, 3e6] } }] })
		).toEqual([
			'policyChanges.0.policy.loanPoolBn.next: ugyldig nøgle: skal være et år 2020–2049',
			'policyChanges.0.policy.visitsPerYear: skal være mindst 0,1',
			'policyChanges.0.policy.reimbursementThresholds: beløbsgrænserne skal stige (t1 ≤ t2 ≤ t3)'
		]);
	});

	it('have a Danish wording for every problem the schema can raise, with no English left', () => {
		const english = /\b(expected|received|unknown|allowed|missing|supported|must|invalid|not part of|too (small|big))\b/i;
		for (const raw of MALFORMED) {
			for (const problem of scenarioProblems(raw)) {
				const text = problemText(problem, 'da');
				expect(problem.problem.code, problem.line).not.toBe('other');
				expect(text, problem.line).not.toMatch(english);
				expect(text).not.toBe(problem.line);
			}
		}
	});

	it('split into the path (as written in the file) and the message, in either language', () => {
		const [problem] = scenarioProblems({ ...minimal, policyChanges: [{ year: 2025, policy: { economyWeight: 1.2 } }] });
		expect(problemParts(problem!, 'en')).toEqual({ path: 'policyChanges.0.policy.economyWeight', message: 'Too big: expected number to be <=1' });
		expect(problemParts(problem!, 'da')).toEqual({ path: 'policyChanges.0.policy.economyWeight', message: 'må højst være 1' });
		const [top] = scenarioProblems('text');
		expect(problemParts(top!, 'en').path).toBe('(top level)');
		expect(problemParts(top!, 'da').path).toBe('(hele scenariet)');
	});
});

describe('problems of a shared link', () => {
	const problems = (query: string): Problem[] => {
		const out = decodeShare(query);
		return out.kind === 'invalid' ? out.problems : [];
	};

	it('word the link’s own syntax in Danish, and keep the English lines', () => {
		const bad = problems('?v=two&seed=x&l=R2_3:proposed');
		expect(bad.map((p) => problemText(p, 'da'))).toEqual([
			'v: »two« er ikke et versionsnummer',
			'seed: »x« er ikke et helt tal',
			'l: »R2_3:proposed« kan ikke læses'
		]);
		expect(bad.map((p) => problemText(p, 'en'))).toEqual(['v: "two" is not a version number', 'seed: "x" is not a whole number', 'l: cannot read "R2_3:proposed"']);
		expect(problems('?seed=7').map((p) => problemText(p, 'da'))).toEqual(['v: mangler']);
	});

	it('word the scenario’s problems in Danish', () => {
		const bad = problems('?v=2&seed=7&l=r2_3:bogus,nolever:proposed');
		expect(bad.map((p) => problemText(p, 'da'))).toEqual([
			expect.stringMatching(/^levers\.r2_3\.setting: ukendt indstilling »bogus« for tiltaget r2_3; tilladte: off, proposed/),
			expect.stringMatching(/^levers\.nolever: ukendt tiltag; tilladte: /)
		]);
	});
});

describe('a scenario an engine worker refuses', () => {
	const raw = { ...minimal, levers: { nope: { setting: 'x' } } };

	it('is read again from the scenario sent, as only the error’s name and message cross the worker boundary', () => {
		const thrown = invalidScenarioError(scenarioProblems(raw));
		expect(thrown.message).toMatch(/^Invalid scenario:\nlevers\.nope: unknown lever; allowed: /);
		// What Comlink rebuilds on the page's side: a plain Error with the name and message.
		const received = Object.assign(new Error(thrown.message), { name: thrown.name });
		const failure = runFailure(received, raw);
		expect(failure).toEqual({ kind: 'scenario', problems: scenarioProblems(raw) });
		expect(runFailureText(failure, 'da')).toMatch(/^Scenariet er ugyldigt: levers\.nope: ukendt tiltag; tilladte: /);
		expect(runFailureText(failure, 'en')).toMatch(/^Invalid scenario: levers\.nope: unknown lever; allowed: /);
	});

	it('says in the reader’s language that the engine stopped, keeping any other error’s own message', () => {
		const stopped = runFailure(new Error(WORKER_STOPPED), raw);
		expect(stopped).toEqual({ kind: 'error', message: WORKER_STOPPED });
		expect(runFailureText(stopped, 'da')).toBe('Regnemotoren stoppede uventet.');
		expect(runFailureText(stopped, 'en')).toBe('The engine stopped unexpectedly.');
		const other = runFailure(new Error('out of memory'), raw);
		expect(runFailureText(other, 'da')).toBe('Regnemotoren stoppede uventet. (teknisk besked: out of memory)');
	});
});

describe('problemMessageDa', () => {
	it('words the limits of numbers, texts and lists, inclusive or not', () => {
		expect(problemMessageDa({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false })).toBe('skal være større end 0');
		expect(problemMessageDa({ code: 'too_big', origin: 'number', maximum: 2_147_483_647, inclusive: true })).toBe('må højst være 2.147.483.647');
		expect(problemMessageDa({ code: 'too_big', origin: 'array', maximum: 200, inclusive: true })).toBe('må højst have 200 elementer');
		expect(problemMessageDa({ code: 'unrecognized_keys', keys: ['a', 'b'] })).toBe('ukendte nøgler a, b (ikke en del af scenarieformatet)');
		expect(problemMessageDa({ code: 'invalid_value', values: [2] })).toBe('skal være 2');
	});
});
