import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../../../models/parameters/assumptions';
import { DEFAULT_POLICY } from '../../../../models/parameters/policy';
import { aloneScenario, explainLever, KNOB_ASSUMPTION } from '../../../../src/lib/client/explainers';
import { KNOB_KINDS, type Knob } from '../../../../src/lib/client/knob-values';
import { LEVER_BY_ID, LEVERS } from '../../../../src/lib/client/levers';
import { LEVERS_PAGE_MESSAGES } from '../../../../src/lib/i18n/levers-page';

const lever = (id: string) => LEVER_BY_ID.get(id)!;

describe('explainLever', () => {
	it('gives the strength assumptions with central value, range, unit and the lever’s reasoning', () => {
		const x = explainLever(lever('r2_3'), 'en');
		expect(x.assumptions.map((a) => a.key)).toEqual(lever('r2_3').strengthAssumptions.map((a) => a.key));
		const coordination = x.assumptions.find((a) => a.key === 'coordinationLevel')!;
		expect([coordination.central, coordination.low, coordination.high]).toEqual([
			ASSUMPTIONS.coordinationLevel.central,
			ASSUMPTIONS.coordinationLevel.low,
			ASSUMPTIONS.coordinationLevel.high
		]);
		expect(coordination.unit.text).toBe(ASSUMPTIONS.coordinationLevel.unit);
		expect(coordination.reasoning.text).toMatch(/How binding coordination is today/);
	});

	it('lists each setting with the knobs it sets, marks the default, and gives the knobs’ baseline values', () => {
		const x = explainLever(lever('r2_1'), 'da');
		expect(x.settings.map((s) => s.id)).toEqual(['off', 'proposed', 'strong']);
		expect(x.settings[0]!.values).toEqual([]);
		expect(x.settings[1]!.values).toContainEqual({ knob: 'economyWeight', value: 0.6 });
		expect(x.defaultSetting.id).toBe('proposed');
		expect(x.defaultSetting.label).toBe('Som foreslået');
		expect(x.knobs).toContainEqual({ knob: 'appealRateMultiplier', value: 1 });
		expect(x.knobs).toContainEqual({ knob: 'economyWeight', value: ASSUMPTIONS.economyWeight.central, assumption: 'economyWeight' });
	});

	it('knows the assumption behind every knob the baseline leaves to an assumption', () => {
		const leftToAssumption = (Object.keys(DEFAULT_POLICY) as Knob[]).filter(
			(knob) => DEFAULT_POLICY[knob] === null && !['cap', 'tierRates'].includes(KNOB_KINDS[knob])
		);
		expect(leftToAssumption.sort()).toEqual(Object.keys(KNOB_ASSUMPTION).sort());
		for (const key of Object.values(KNOB_ASSUMPTION)) expect(ASSUMPTIONS[key!]).toBeDefined();
	});

	it('links a first-report recommendation to the lever it is carried into, and back', () => {
		expect(explainLever(lever('d1_1'), 'en').sharesMechanismWith).toEqual({ id: 'r2_1', title: lever('r2_1').title.en });
		expect(explainLever(lever('r2_1'), 'en').sharedBy.map((l) => l.id)).toEqual(
			LEVERS.filter((l) => l.sharesMechanismWith === 'r2_1').map((l) => l.id)
		);
	});

	it('marks Danish prose that falls back to English as English, and never marks English prose', () => {
		const l = lever('r2_3');
		const da = explainLever(l, 'da');
		expect(da.proposal.lang === 'en').toBe(da.proposal.text === l.proposal);
		const en = explainLever(l, 'en');
		for (const p of [en.proposal, ...en.claims.map((c) => c.note), ...en.assumptions.map((a) => a.why)]) expect(p.lang).toBeUndefined();
	});

	it('has a model note exactly for the levers whose registry entry has one', () => {
		for (const l of LEVERS) expect(explainLever(l, 'en').modelNote?.text).toBe(l.modelNote);
	});
});

describe('aloneScenario', () => {
	it('is the lever alone at its default setting and start year, with the app’s seed', () => {
		const s = aloneScenario(lever('r2_4'));
		expect(s.levers).toEqual({ r2_4: { setting: 'proposed' } });
		expect(s.seed).toBe(7);
	});
});

describe('lever page strings', () => {
	it('name every mechanism a lever acts through, in Danish and English', () => {
		const used = new Set(LEVERS.flatMap((l) => l.mechanisms));
		for (const locale of ['da', 'en'] as const) {
			const missing = [...used].filter((m) => !LEVERS_PAGE_MESSAGES[locale].mechanisms[m]);
			expect(missing, locale).toEqual([]);
		}
	});
});
