/**
 * A lever's explainer page as data: the registry entry (models/levers/registry.ts) with its prose in
 * the reader's language (models/levers/text.ts), the baseline value of each knob it turns, its
 * strength assumptions with central value and range (parameters/assumptions.ts), and the levers it
 * shares a mechanism with. Prose that the Danish table does not have yet comes back in English,
 * marked `lang: 'en'` so that the page can tell screen readers (WCAG 3.1.2, language of parts).
 */
import { ASSUMPTIONS, assumptionText, leverText, type AssumptionKey, type EffectDirection, type TextLocale } from '../../../models/index';
import { DEFAULT_POLICY } from '../../../models/parameters/policy';
import type { ScenarioDraft } from './engine-api';
import type { Knob, KnobValue } from './knob-values';
import { buildScenario, LEVER_BY_ID, LEVERS, type Lever, type WorldChoices } from './levers';

/** A text in the page's language, or in English (`lang: 'en'`) where no translation exists yet. */
export interface Prose {
	text: string;
	lang?: 'en';
}

export interface KnobSetting {
	knob: Knob;
	value: KnobValue;
	/** The value is this assumption's central value (the knob is left to the assumption in the baseline). */
	assumption?: AssumptionKey;
}

/**
 * Knobs that are null in the baseline and then take an assumption's drawn value instead
 * (`policy.x ?? assumptions.y` in mechanisms/visitation.ts, placement.ts, capacity.ts and
 * coordination.ts); the page shows that assumption's central value as the baseline.
 */
export const KNOB_ASSUMPTION: Partial<Record<Knob, AssumptionKey>> = {
	economyWeight: 'economyWeight',
	coordinationLevel: 'coordinationLevel',
	publicVacancyFirst: 'publicVacancyFirstCompliance'
};

/** A knob at its baseline value (an assumption's central value where the baseline leaves it to one). */
function baselineKnob(knob: Knob): KnobSetting {
	const value = DEFAULT_POLICY[knob];
	const assumption = KNOB_ASSUMPTION[knob];
	return value === null && assumption ? { knob, value: ASSUMPTIONS[assumption].central, assumption } : { knob, value };
}

export interface SettingExplainer {
	id: string;
	label: string;
	description: Prose;
	/** The knobs this setting sets (none for "off": today's rules). */
	values: KnobSetting[];
	/** The setting a user means by "adopt it". */
	isDefault: boolean;
}

export interface AssumptionExplainer {
	key: AssumptionKey;
	central: number;
	low: number;
	high: number;
	unit: Prose;
	/** Why the value and range (the assumption's own reasoning). */
	why: Prose;
	/** Why it sets this lever's strength. */
	reasoning: Prose;
}

export interface ClaimExplainer {
	kind: 'spending' | 'quality';
	direction: EffectDirection;
	/** R: the report claims it; A: only assumed by this model. */
	basis: 'R' | 'A';
	note: Prose;
}

export interface LeverRef {
	id: string;
	title: string;
}

export interface LeverExplainer {
	id: string;
	group: Lever['group'];
	title: string;
	summary: string;
	sources: string[];
	proposal: Prose;
	settings: SettingExplainer[];
	defaultSetting: SettingExplainer;
	defaultStartYear: number;
	/** Mechanism modules (file names under models/mechanisms/). */
	mechanisms: string[];
	/** The knobs it turns, at their baseline values. */
	knobs: KnobSetting[];
	assumptions: AssumptionExplainer[];
	claims: ClaimExplainer[];
	/** The lever that governs the knobs both set when both are on. */
	sharesMechanismWith?: LeverRef;
	/** Levers that share this one's mechanism (first-report recommendations carried into it). */
	sharedBy: LeverRef[];
	modelNote?: Prose;
}

export function explainLever(lever: Lever, locale: TextLocale): LeverExplainer {
	const text = leverText(lever, locale);
	const english = leverText(lever, 'en');
	// A Danish text identical to the English one is the fallback (text.ts): mark it as English.
	// A text without letters (a unit such as "0–1") is the same in every language, not English.
	const prose = (shown: string, inEnglish: string): Prose =>
		locale !== 'en' && shown === inEnglish && /\p{L}/u.test(shown) ? { text: shown, lang: 'en' } : { text: shown };
	const ref = (id: string): LeverRef => ({ id, title: LEVER_BY_ID.get(id)?.title[locale] ?? id });
	const settings = lever.settings.map((s) => ({
		id: s.id,
		label: s.label[locale],
		description: prose(text.settingDescription(s.id), english.settingDescription(s.id)),
		values: (Object.entries(s.policy) as [Knob, KnobValue][]).map(([knob, value]) => ({ knob, value })),
		isDefault: s.id === lever.defaultSetting
	}));
	return {
		id: lever.id,
		group: lever.group,
		title: lever.title[locale],
		summary: lever.summary[locale],
		sources: lever.sources,
		proposal: prose(text.proposal, english.proposal),
		settings,
		defaultSetting: settings.find((s) => s.isDefault) ?? settings[0]!,
		defaultStartYear: lever.defaultStartYear,
		mechanisms: lever.mechanisms,
		knobs: lever.knobs.map(baselineKnob),
		assumptions: lever.strengthAssumptions.map(({ key }) => {
			const { central, low, high } = ASSUMPTIONS[key];
			const shown = assumptionText(key, locale);
			const inEnglish = assumptionText(key, 'en');
			return {
				key,
				central,
				low,
				high,
				unit: prose(shown.unit, inEnglish.unit),
				why: prose(shown.why, inEnglish.why),
				reasoning: prose(text.reasoning(key), english.reasoning(key))
			};
		}),
		claims: (['spending', 'quality'] as const).map((kind) => ({
			kind,
			direction: lever.claims[kind].direction,
			basis: lever.claims[kind].basis,
			note: prose(text.claimNote(kind), english.claimNote(kind))
		})),
		sharesMechanismWith: lever.sharesMechanismWith ? ref(lever.sharesMechanismWith) : undefined,
		sharedBy: LEVERS.filter((l) => l.sharesMechanismWith === lever.id).map((l) => ref(l.id)),
		modelNote: text.modelNote === undefined ? undefined : prose(text.modelNote, english.modelNote ?? '')
	};
}

/** The scenario of this lever alone, at its default setting and start year (compared with the baseline). */
export function aloneScenario(lever: Lever, world: WorldChoices = {}): ScenarioDraft {
	return buildScenario({ [lever.id]: { setting: lever.defaultSetting } }, { id: `alone-${lever.id}`, title: lever.title.en, ...world });
}
