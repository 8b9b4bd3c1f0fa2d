/**
 * The scenario in the URL: every page's query string carries the exact scenario, so a link reopens
 * the same charts. Compact and readable:
 *
 *   ?v=2&m=0.1.0&seed=7&l=r2_3:proposed,loan_pool:strong@2026&a=economyWeight:0.4&lang=en
 *
 * v      scenario schema version (models/schema/scenario.ts); older versions are migrated by the
 *        engine's own `migrateScenario`, so a link follows the same upgrade path as a file
 * m      model version that made the link (a different one is reported: results may differ)
 * seed   the replications' seed
 * l      levers: `id:setting`, optionally `@startYear`, comma-separated (levers that are off are left out)
 * a      fixed assumptions: `key:value`, comma-separated
 * lang   interface language (da, en)
 *
 * Decoding validates with the engine's zod scenario schema (the single source of truth), so a
 * tampered link gets the same problems as a scenario file (as data, worded by the page in the
 * reader's language; the English line is the CLI's).
 */
import { MODEL_VERSION, parseScenario, SCENARIO_SCHEMA_VERSION } from '../../../models/index';
import type { LeverChoices } from './engine-api';
import { canonicalAssumptions, canonicalChoices, APP_SEED } from './levers';
import type { LinkSyntaxProblem, Problem } from './scenario-problems';

export type ShareLocale = 'da' | 'en';

/** What a link restores. */
export interface SharedState {
	levers: LeverChoices;
	seed: number;
	assumptions: Record<string, number>;
	locale?: ShareLocale;
}

/** Query keys this module owns (other keys, such as `runs` or `kommune`, are left alone). */
export const SHARE_KEYS = ['v', 'm', 'seed', 'l', 'a', 'lang'] as const;

/**
 * Longest query string accepted, in characters. All 39 levers with start years and every
 * assumption fixed come to about 2,300 characters; browsers and servers handle 8,000 safely.
 */
export const MAX_QUERY_LENGTH = 4000;

/** Why a link was refused or what to know about it (codes are translated by the page). */
export type ShareNotice =
	| { kind: 'migrated'; from: number }
	| { kind: 'model-version'; linked: string; running: string }
	| { kind: 'language'; value: string };

export type DecodeOutcome =
	/** The query names no scenario: keep what the session has. */
	| { kind: 'none'; locale?: ShareLocale; notices: ShareNotice[] }
	| { kind: 'ok'; state: SharedState; locale?: ShareLocale; notices: ShareNotice[] }
	| { kind: 'invalid'; problems: Problem[]; locale?: ShareLocale; notices: ShareNotice[] }
	| { kind: 'too-long'; length: number };

const LEVER_ENTRY = /^([a-z0-9_]{1,64}):([a-z0-9_]{1,64})(?:@(\d{4}))?$/;
const ASSUMPTION_ENTRY = /^([A-Za-z0-9_]{1,64}):(-?\d+(?:\.\d+)?(?:e-?\d+)?)$/;

/** The query string (without `?`) for a state; `extra` keeps other parameters of the current URL. */
export function encodeShare(state: SharedState, extra: URLSearchParams = new URLSearchParams()): string {
	const parts: string[] = [`v=${SCENARIO_SCHEMA_VERSION}`, `m=${encodeURIComponent(MODEL_VERSION)}`, `seed=${state.seed}`];
	const levers = Object.entries(canonicalChoices(state.levers)).map(
		([id, c]) => `${id}:${c.setting}${c.startYear === undefined ? '' : `@${c.startYear}`}`
	);
	if (levers.length > 0) parts.push(`l=${levers.join(',')}`);
	// String(v): the shortest round-trip form, with no locale (a link is the same in every language).
	const assumptions = Object.entries(canonicalAssumptions(state.assumptions)).map(([k, v]) => `${k}:${String(v)}`);
	if (assumptions.length > 0) parts.push(`a=${assumptions.join(',')}`);
	if (state.locale) parts.push(`lang=${state.locale}`);
	for (const [key, value] of extra) {
		if (!(SHARE_KEYS as readonly string[]).includes(key)) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
	}
	return parts.join('&');
}

function readLocale(params: URLSearchParams, notices: ShareNotice[]): ShareLocale | undefined {
	const lang = params.get('lang');
	if (lang === null) return undefined;
	if (lang === 'da' || lang === 'en') return lang;
	notices.push({ kind: 'language', value: lang.slice(0, 20) });
	return undefined;
}

/** A problem of the link's own syntax, at query key `key`, with its English line. */
function linkProblem(key: string, problem: LinkSyntaxProblem): Problem {
	const message = (() => {
		switch (problem.code) {
			case 'link_version':
				return problem.found === null ? 'missing' : `${JSON.stringify(problem.found)} is not a version number`;
			case 'link_seed':
				return `${JSON.stringify(problem.found)} is not a whole number`;
			case 'link_entry':
				return `cannot read ${JSON.stringify(problem.entry)}`;
		}
	})();
	return { path: [key], line: `${key}: ${message}`, problem };
}

/** Split `x:y,z:w` entries with a pattern; entries that do not match become problems naming the key. */
function readEntries(text: string | null, pattern: RegExp, key: string, problems: Problem[]): RegExpExecArray[] {
	if (text === null || text === '') return [];
	const out: RegExpExecArray[] = [];
	for (const entry of text.split(',')) {
		const match = pattern.exec(entry);
		if (match) out.push(match);
		else problems.push(linkProblem(key, { code: 'link_entry', entry: entry.slice(0, 80) }));
	}
	return out;
}

/** Read a query string (with or without `?`). */
export function decodeShare(search: string): DecodeOutcome {
	const query = search.startsWith('?') ? search.slice(1) : search;
	if (query.length > MAX_QUERY_LENGTH) return { kind: 'too-long', length: query.length };
	const params = new URLSearchParams(query);
	const notices: ShareNotice[] = [];
	const locale = readLocale(params, notices);
	const named = ['v', 'seed', 'l', 'a'].some((k) => params.has(k));
	if (!named) return { kind: 'none', locale, notices };

	const problems: Problem[] = [];
	const versionText = params.get('v');
	const version = versionText !== null && /^\d{1,3}$/.test(versionText) ? Number(versionText) : undefined;
	if (version === undefined) problems.push(linkProblem('v', { code: 'link_version', found: versionText?.slice(0, 20) ?? null }));
	const seedText = params.get('seed');
	const seed = seedText === null ? APP_SEED : /^\d{1,10}$/.test(seedText) ? Number(seedText) : NaN;
	if (Number.isNaN(seed)) problems.push(linkProblem('seed', { code: 'link_seed', found: seedText!.slice(0, 20) }));

	const raw: Record<string, unknown> = { schemaVersion: version, id: 'shared-link', title: 'Shared link', seed };
	if (params.has('l')) {
		const levers: LeverChoices = {};
		for (const [, id, setting, year] of readEntries(params.get('l'), LEVER_ENTRY, 'l', problems)) {
			levers[id!] = year === undefined ? { setting: setting! } : { setting: setting!, startYear: Number(year) };
		}
		raw.levers = levers;
	}
	const assumptions: Record<string, number> = {};
	for (const [, key, value] of readEntries(params.get('a'), ASSUMPTION_ENTRY, 'a', problems)) assumptions[key!] = Number(value);
	if (Object.keys(assumptions).length > 0) raw.assumptions = assumptions;
	if (problems.length > 0) return { kind: 'invalid', problems, locale, notices };

	const parsed = parseScenario(raw);
	if (!parsed.ok) return { kind: 'invalid', problems: parsed.issues, locale, notices };
	if (version! < SCENARIO_SCHEMA_VERSION) notices.push({ kind: 'migrated', from: version! });
	const linkedModel = params.get('m');
	if (linkedModel !== null && linkedModel !== MODEL_VERSION) {
		notices.push({ kind: 'model-version', linked: linkedModel.slice(0, 20), running: MODEL_VERSION });
	}
	return {
		kind: 'ok',
		state: {
			levers: canonicalChoices(parsed.scenario.levers),
			seed: parsed.scenario.seed,
			assumptions: canonicalAssumptions(parsed.scenario.assumptions as Record<string, number>),
			locale
		},
		locale,
		notices
	};
}
