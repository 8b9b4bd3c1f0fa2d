import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShare, encodeShare, MAX_QUERY_LENGTH, type SharedState } from '../../../../src/lib/client/share';
import { LEVERS } from '../../../../src/lib/client/levers';
import { ASSUMPTIONS, MODEL_VERSION } from '../../../../models/index';

const state: SharedState = {
	levers: { r2_3: { setting: 'proposed' }, loan_pool: { setting: 'renewed', startYear: 2027 } },
	seed: 11,
	assumptions: { economyWeight: 0.4 },
	locale: 'en'
};

describe('the scenario in the URL', () => {
	it('is compact and readable', () => {
		expect(encodeShare(state)).toBe(
			`v=2&m=${MODEL_VERSION}&seed=11&l=loan_pool:renewed@2027,r2_3:proposed&a=economyWeight:0.4&lang=en`
		);
	});

	it('restores exactly what it encodes, keeping other parameters of the page', () => {
		const query = encodeShare(state, new URLSearchParams('runs=3&kommune=0101&seed=99'));
		expect(new URLSearchParams(query).get('runs')).toBe('3');
		expect(new URLSearchParams(query).getAll('seed')).toEqual(['11']);
		const decoded = decodeShare(`?${query}`);
		expect(decoded).toMatchObject({ kind: 'ok', state, notices: [] });
	});

	it('round-trips any valid lever choice (property)', () => {
		const choice = fc.constantFrom(...LEVERS).chain((lever) =>
			fc.record({
				id: fc.constant(lever.id),
				setting: fc.constantFrom(...lever.settings.slice(1).map((s) => s.id)),
				startYear: fc.option(fc.integer({ min: 2018, max: 2040 }), { nil: undefined })
			})
		);
		fc.assert(
			fc.property(fc.array(choice, { maxLength: 10 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (choices, seed) => {
				const levers = Object.fromEntries(choices.map((c) => [c.id, c.startYear === undefined ? { setting: c.setting } : { setting: c.setting, startYear: c.startYear }]));
				const decoded = decodeShare(encodeShare({ levers, seed, assumptions: {} }));
				expect(decoded.kind).toBe('ok');
				if (decoded.kind !== 'ok') return;
				expect(decoded.state.seed).toBe(seed);
				expect(encodeShare(decoded.state)).toBe(encodeShare({ levers, seed, assumptions: {} }));
			}),
			{ numRuns: 60 }
		);
	});

	it('names no scenario when the query has none (the session keeps its own)', () => {
		expect(decodeShare('')).toEqual({ kind: 'none', notices: [] });
		expect(decodeShare('?runs=0&lang=en')).toEqual({ kind: 'none', locale: 'en', notices: [] });
	});

	it('refuses tampered links with one line per problem, in the scenario schema’s words', () => {
		const bad = decodeShare('?v=2&seed=7&l=r2_3:bogus,nolever:proposed,r2_1:proposed@1999');
		expect(bad.kind).toBe('invalid');
		if (bad.kind !== 'invalid') return;
		const lines = bad.problems.map((p) => p.line);
		expect(lines.some((p) => /^levers\.r2_3\.setting: unknown setting "bogus"/.test(p))).toBe(true);
		expect(lines.some((p) => /^levers\.nolever: unknown lever/.test(p))).toBe(true);
		expect(lines.some((p) => /^levers\.r2_1\.startYear: 1999 is outside/.test(p))).toBe(true);
		expect(bad.problems.find((p) => p.path.join('.') === 'levers.r2_3.setting')?.problem).toMatchObject({
			code: 'unknown_setting',
			lever: 'r2_3',
			setting: 'bogus'
		});
	});

	it('refuses malformed entries, numbers and versions', () => {
		for (const query of ['?v=2&l=r2_3', '?v=2&l=R2_3:proposed', '?v=two', '?seed=7', '?v=2&seed=-1', '?v=2&a=economyWeight:lots', '?v=9']) {
			expect(decodeShare(query).kind, query).toBe('invalid');
		}
		const out = decodeShare(`?v=2&a=economyWeight:${ASSUMPTIONS.economyWeight.high + 1}`);
		expect(out.kind === 'invalid' && out.problems[0]!.line).toMatch(/^assumptions\.economyWeight: .* outside the documented range/);
		const malformed = decodeShare('?v=two&seed=x&l=R2_3:proposed');
		expect(malformed.kind === 'invalid' && malformed.problems).toEqual([
			{ path: ['v'], line: 'v: "two" is not a version number', problem: { code: 'link_version', found: 'two' } },
			{ path: ['seed'], line: 'seed: "x" is not a whole number', problem: { code: 'link_seed', found: 'x' } },
			{ path: ['l'], line: 'l: cannot read "R2_3:proposed"', problem: { code: 'link_entry', entry: 'R2_3:proposed' } }
		]);
	});

	it('refuses a link that is too long before reading it', () => {
		const query = `v=2&l=${'r2_3:proposed,'.repeat(MAX_QUERY_LENGTH / 10)}`;
		expect(decodeShare(query)).toEqual({ kind: 'too-long', length: query.length });
	});

	it('migrates an older schema version and notes a different model version', () => {
		const old = decodeShare('?v=1&m=0.0.9&seed=3');
		expect(old).toMatchObject({ kind: 'ok', state: { seed: 3, levers: {} } });
		expect(old.kind !== 'too-long' && old.notices).toEqual([
			{ kind: 'migrated', from: 1 },
			{ kind: 'model-version', linked: '0.0.9', running: MODEL_VERSION }
		]);
		// Version 1 had no levers: a version-1 link with levers is refused, not guessed at.
		expect(decodeShare('?v=1&l=r2_3:proposed').kind).toBe('invalid');
	});

	it('ignores an unknown language with a notice', () => {
		const out = decodeShare('?v=2&lang=xx');
		expect(out).toMatchObject({ kind: 'ok', notices: [{ kind: 'language', value: 'xx' }] });
	});
});
