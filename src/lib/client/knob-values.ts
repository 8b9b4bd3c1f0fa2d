/**
 * Policy-knob values in words a reader can follow ("60 %", "× 0,9", "reference cost + 10 %",
 * "2024: 0,2; 2025: 0,6 bn DKK") instead of the raw numbers of models/parameters/policy.ts. Each
 * knob has a kind that says what its number means; the table of kinds is typed over every knob, so
 * a new knob does not compile until it has one. The words come from the caller (the interface
 * language's strings), the number format too, so this module stays pure.
 */
import type { Policy } from '../../../models/parameters/policy';

export type Knob = keyof Policy;
export type KnobValue = Policy[Knob];
type Num = (value: number, digits?: number) => string;

/** What a knob's number means. */
export type KnobKind =
	/** A share or probability in [0, 1], shown in %; null = the assumption's value. */
	| 'share'
	/** A yearly rate in [0, 1], shown in % a year. */
	| 'ratePerYear'
	/** An index from 0 to 1; null = the assumption's value. */
	| 'level'
	/** A multiplier on today's rate. */
	| 'multiplier'
	/** A relative rise (0.25 = +25 %). */
	| 'rise'
	/** A tariff cap as a markup over the reference cost; null = no cap. */
	| 'cap'
	| 'count'
	| 'perYear'
	| 'flag'
	/** Amounts in bn DKK by year. */
	| 'amountsByYear'
	/** The three reimbursement rates (shares); null = the rules in force in each year. */
	| 'tierRates'
	/** The three reimbursement thresholds in DKK. */
	| 'tierThresholds';

export const KNOB_KINDS: Record<Knob, KnobKind> = {
	economyWeight: 'share',
	networkSubstitution: 'share',
	rulingRateMultiplier: 'multiplier',
	rulingsRolledBack: 'count',
	appealRateMultiplier: 'multiplier',
	dutCompensation: 'flag',
	alternativeOfferLimit: 'share',
	moveWithoutConsentPerYear: 'ratePerYear',
	flexiblePlaceShare: 'share',
	longTermExitFlexibility: 'share',
	publicVacancyFirst: 'share',
	tariffCapSelfReferral: 'cap',
	tariffCapComplex: 'cap',
	standardTariffModel: 'flag',
	coordinationLevel: 'level',
	loanPoolBn: 'amountsByYear',
	botilbudLikeCeilingExempt: 'flag',
	ceilingRoomMultiplier: 'multiplier',
	visitsPerYear: 'perYear',
	binaryScore: 'flag',
	outcomeMeasurement: 'level',
	crisisPostAcuteReduction: 'share',
	reimbursementRates: 'tierRates',
	reimbursementThresholds: 'tierThresholds',
	preventionFlexibility: 'share',
	transitionSupport: 'level',
	entryScreening: 'share',
	recoveryAdoptionBoost: 'rise',
	diffusionBoost: 'rise',
	outcomesFundShare: 'share',
	dataQuality: 'level',
	documentationReduction: 'share',
	specialisationPlanning: 'flag'
};

/** The words around the numbers, in the interface language. */
export interface KnobWords {
	percent: (value: string) => string;
	perYear: (value: string) => string;
	level: (value: string) => string;
	multiplier: (value: string) => string;
	rise: (percent: string) => string;
	cap: (percent: string) => string;
	noCap: string;
	yes: string;
	no: string;
	/** A list of "year: amount" in bn DKK. */
	amounts: (list: string) => string;
	/** A list of amounts in DKK. */
	kroner: (list: string) => string;
	none: string;
	/** A knob left at null means "the assumption's value" (e.g. today's share of cheapest choices). */
	assumption: string;
	rulesInForce: string;
}

/** The value with as many decimals as it needs, at most `maxDigits` (0.35 → "0,35", 2.2e6 → "2.200.000"). */
export function formatExact(num: Num, value: number, maxDigits = 3): string {
	for (let digits = 0; digits < maxDigits; digits++) {
		const scaled = value * 10 ** digits;
		// Relative tolerance: 0.028 × 100 is 2.8000000000000003 in floating point.
		if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return num(value, digits);
	}
	return num(value, maxDigits);
}

const isNumberList = (value: unknown): value is number[] => Array.isArray(value) && value.every((v) => typeof v === 'number');

/** A knob's value in words; a value whose shape does not fit the knob's kind is shown as it is. */
export function formatKnobValue(knob: Knob, value: KnobValue, words: KnobWords, num: Num): string {
	const exact = (v: number) => formatExact(num, v);
	const percent = (v: number) => words.percent(formatExact(num, v * 100, 1));
	const kind = KNOB_KINDS[knob];
	if (value === null) return kind === 'cap' ? words.noCap : kind === 'tierRates' ? words.rulesInForce : words.assumption;
	if (typeof value === 'boolean') return value ? words.yes : words.no;
	if (typeof value === 'number') {
		switch (kind) {
			case 'share':
				return percent(value);
			case 'ratePerYear':
				return words.perYear(percent(value));
			case 'level':
				return words.level(exact(value));
			case 'multiplier':
				return words.multiplier(exact(value));
			case 'rise':
				return words.rise(formatExact(num, value * 100, 1));
			case 'cap':
				return words.cap(formatExact(num, value * 100, 1));
			case 'perYear':
				return words.perYear(exact(value));
			default:
				return exact(value);
		}
	}
	if (isNumberList(value)) {
		return kind === 'tierRates' ? value.map(percent).join(' / ') : words.kroner(value.map((v) => num(v, 0)).join(' / '));
	}
	const years = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
	if (years.length === 0) return words.none;
	return words.amounts(years.map(([year, bn]) => `${year}: ${exact(bn)}`).join('; '));
}
