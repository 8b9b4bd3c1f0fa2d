import { describe, expect, it } from 'vitest';
import { formatExact, formatKnobValue, KNOB_KINDS, type Knob, type KnobValue } from '../../../../src/lib/client/knob-values';
import { LEVERS } from '../../../../src/lib/client/levers';
import { LEVERS_PAGE_MESSAGES } from '../../../../src/lib/i18n/levers-page';

/** Numbers as the app prints them (i18n.num): fixed decimals in the language's format, − for negatives. */
function numIn(locale: string) {
	return (value: number, digits = 1) =>
		new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value).replace('-', '−');
}
const daNum = numIn('da-DK');
const enNum = numIn('en-GB');
const da = (knob: Knob, value: KnobValue) => formatKnobValue(knob, value, LEVERS_PAGE_MESSAGES.da.values, daNum);
const en = (knob: Knob, value: KnobValue) => formatKnobValue(knob, value, LEVERS_PAGE_MESSAGES.en.values, enNum);

describe('formatExact', () => {
	it('prints as many decimals as the value needs, up to the limit', () => {
		expect(formatExact(daNum, 0.35)).toBe('0,35');
		expect(formatExact(daNum, 2.2e6)).toBe('2.200.000');
		expect(formatExact(enNum, 0.004)).toBe('0.004');
		expect(formatExact(enNum, 1 / 3)).toBe('0.333');
		expect(formatExact(daNum, 0.028 * 100, 1)).toBe('2,8');
	});
});

describe('formatKnobValue', () => {
	it('shows shares in %, multipliers against today and caps as a markup over the reference cost', () => {
		expect(da('economyWeight', 0.6)).toBe('60 %');
		expect(da('alternativeOfferLimit', 0.225)).toBe('22,5 %');
		expect(da('moveWithoutConsentPerYear', 0.028)).toBe('2,8 % om året');
		expect(da('appealRateMultiplier', 0.9)).toBe('0,9 × dagens niveau');
		expect(en('tariffCapComplex', 0.1)).toBe('reference cost + 10 %');
		expect(en('tariffCapComplex', 0)).toBe('reference cost + 0 %');
		expect(en('diffusionBoost', 0.25)).toBe('+25 %');
		expect(en('coordinationLevel', 0.6)).toBe('0.6 on a scale from 0 to 1');
		expect(en('visitsPerYear', 0.5)).toBe('0.5 a year');
		expect(en('rulingsRolledBack', 9)).toBe('9');
	});

	it('says what a knob left at null means: the assumption, no cap, or the rules in force', () => {
		expect(en('economyWeight', null)).toBe('the assumption’s value');
		expect(da('tariffCapSelfReferral', null)).toBe('intet loft');
		expect(en('reimbursementRates', null)).toBe('the rules in force in each year');
	});

	it('lists yearly loan-pool amounts in year order, reimbursement tiers in % and thresholds in DKK', () => {
		expect(da('loanPoolBn', { 2025: 0.6, 2024: 0.2, 2026: 0.7 })).toBe('2024: 0,2; 2025: 0,6; 2026: 0,7 (mia. kr.)');
		expect(en('loanPoolBn', {})).toBe('none');
		expect(da('reimbursementRates', [0.25, 0.5, 0.75])).toBe('25 % / 50 % / 75 %');
		expect(da('reimbursementThresholds', [600_000, 1_200_000, 1_800_000])).toBe('600.000 / 1.200.000 / 1.800.000 kr.');
		expect(en('dutCompensation', true)).toBe('yes');
		expect(da('specialisationPlanning', false)).toBe('nej');
	});

	it('gives every knob value of every lever setting readable text in both languages', () => {
		for (const lever of LEVERS) {
			for (const setting of lever.settings) {
				for (const [knob, value] of Object.entries(setting.policy) as [Knob, KnobValue][]) {
					expect(KNOB_KINDS[knob], knob).toBeDefined();
					for (const text of [da(knob, value), en(knob, value)]) {
						expect(text, `${lever.id}.${setting.id}.${knob}`).not.toMatch(/NaN|undefined|object|\{|^$/);
					}
				}
			}
		}
	});
});
