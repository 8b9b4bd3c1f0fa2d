/**
 * The app's view of the lever registry (models/levers/registry.ts) and of the scenario packages
 * (scenarios/*.json), plus the canonical form of a scenario the app builds from the lever panel.
 * Routes and components import levers through this module (only src/lib/client/ reaches into models/).
 */
import { LEVERS as REGISTRY, type Lever, type LeverGroup } from '../../../models/index';
import type { LeverChoices, ScenarioDraft } from './engine-api';

export type { Lever, LeverGroup, LeverSetting, Bilingual } from '../../../models/index';

/** Every lever, in registry order. */
export const LEVERS: readonly Lever[] = REGISTRY;

export const LEVER_BY_ID: ReadonlyMap<string, Lever> = new Map(LEVERS.map((l) => [l.id, l]));

/** The report's order: chapters 2–6, then the first report, then the agreements' instruments. */
export const GROUP_ORDER: readonly LeverGroup[] = ['ch2', 'ch3', 'ch4', 'ch5', 'ch6', 'first_report', 'instrument'];

export function leversByGroup(): { group: LeverGroup; levers: Lever[] }[] {
	return GROUP_ORDER.map((group) => ({ group, levers: LEVERS.filter((l) => l.group === group) })).filter(
		(g) => g.levers.length > 0
	);
}

/** The seed every app scenario uses (the same as scenarios/baseline.json, so results match the CLI). */
export const APP_SEED = 7;

/**
 * The canonical lever choices: levers that are off are left out, a start year equal to the lever's
 * default is left out, and keys are sorted. Unknown levers and settings are dropped.
 */
export function canonicalChoices(choices: LeverChoices): LeverChoices {
	const out: LeverChoices = {};
	for (const id of Object.keys(choices).sort()) {
		const lever = LEVER_BY_ID.get(id);
		const choice = choices[id];
		if (!lever || !choice || choice.setting === 'off') continue;
		if (!lever.settings.some((s) => s.id === choice.setting)) continue;
		out[id] =
			choice.startYear === undefined || choice.startYear === lever.defaultStartYear
				? { setting: choice.setting }
				: { setting: choice.setting, startYear: choice.startYear };
	}
	return out;
}

/** Assumption overrides with sorted keys (so equal overrides give equal keys and URLs). */
export function canonicalAssumptions(assumptions: Readonly<Record<string, number>> | undefined): Record<string, number> {
	const out: Record<string, number> = {};
	for (const key of Object.keys(assumptions ?? {}).sort()) out[key] = assumptions![key]!;
	return out;
}

/** What the world of a scenario is, apart from its levers: the seed and any fixed assumptions. */
export interface WorldChoices {
	seed?: number;
	assumptions?: Readonly<Record<string, number>>;
}

/** A scenario file (schema version 2) for these lever choices. */
export function buildScenario(choices: LeverChoices, meta: { id?: string; title?: string } & WorldChoices = {}): ScenarioDraft {
	const levers = canonicalChoices(choices);
	const empty = Object.keys(levers).length === 0;
	const assumptions = canonicalAssumptions(meta.assumptions);
	return {
		schemaVersion: 2,
		id: meta.id ?? (empty ? 'baseline' : 'app-scenario'),
		title: meta.title ?? (empty ? 'Baseline: today’s rules' : 'Scenario from the app'),
		seed: meta.seed ?? APP_SEED,
		levers,
		...(Object.keys(assumptions).length > 0 ? { assumptions } : {})
	};
}

/** What a scenario simulates (its levers, seed and fixed assumptions); id and title do not change results. */
export function scenarioKey(scenario: Pick<ScenarioDraft, 'seed' | 'levers' | 'assumptions'>): string {
	const assumptions = canonicalAssumptions(scenario.assumptions);
	const base = [scenario.seed, canonicalChoices(scenario.levers)];
	return JSON.stringify(Object.keys(assumptions).length > 0 ? [...base, assumptions] : base);
}

export const BASELINE: ScenarioDraft = buildScenario({});
export const BASELINE_KEY = scenarioKey(BASELINE);

export interface Preset {
	id: string;
	/** The title in the scenario file (English); the UI shows a translated name where it has one. */
	title: string;
	levers: LeverChoices;
}

const scenarioFiles = import.meta.glob<{ default: unknown }>('../../../scenarios/*.json', { eager: true });

/** The packages the lever panel offers as presets, in this order (those that exist as scenario files). */
export const PRESET_IDS = ['baseline', 'package-first-report', 'package-botilbud', 'package-all-19', 'package-everything'] as const;

function readPreset(raw: unknown): Preset | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const file = raw as { id?: unknown; title?: unknown; levers?: unknown };
	if (typeof file.id !== 'string') return undefined;
	const levers: LeverChoices = {};
	if (typeof file.levers === 'object' && file.levers !== null) {
		for (const [id, choice] of Object.entries(file.levers as Record<string, unknown>)) {
			const c = choice as { setting?: unknown; startYear?: unknown };
			if (typeof c?.setting !== 'string') continue;
			levers[id] = typeof c.startYear === 'number' ? { setting: c.setting, startYear: c.startYear } : { setting: c.setting };
		}
	}
	return { id: file.id, title: typeof file.title === 'string' ? file.title : file.id, levers: canonicalChoices(levers) };
}

const allPresets = Object.values(scenarioFiles)
	.map((m) => readPreset(m.default))
	.filter((p): p is Preset => p !== undefined);

export const PRESETS: readonly Preset[] = PRESET_IDS.map((id) => allPresets.find((p) => p.id === id)).filter(
	(p): p is Preset => p !== undefined
);

/** A lever's and an assumption's explanatory prose in the interface language (models/levers/text.ts). */
export { leverText, assumptionText, type LeverText } from '../../../models/index';
