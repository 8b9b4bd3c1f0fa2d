/**
 * What the printed brief of a scenario lists: its levers by name and setting in the reader's
 * language, and the key figures it tabulates.
 */
import type { LeverChoices } from '$lib/client/engine-api';
import { canonicalChoices, LEVER_BY_ID } from '$lib/client/levers';

/** Indicators of the brief's key-figure table: spending, what the municipalities pay, quality, waiting. */
export const BRIEF_INDICATORS = ['spend_total', 'spend_municipal_net', 'qol_mean', 'wait_months_residential'] as const;

export interface LeverLine {
	id: string;
	title: string;
	setting: string;
	startYear: number;
}

/** The levers switched on, in registry order, named in the language `locale`. */
export function leverLines(choices: LeverChoices, locale: 'da' | 'en'): LeverLine[] {
	const chosen = canonicalChoices(choices);
	return [...LEVER_BY_ID.values()].flatMap((lever) => {
		const choice = chosen[lever.id];
		const setting = lever.settings.find((s) => s.id === choice?.setting);
		if (!choice || !setting) return [];
		return [{ id: lever.id, title: lever.title[locale], setting: setting.label[locale], startYear: choice.startYear ?? lever.defaultStartYear }];
	});
}

/** A formatted difference with its sign: `+1,2`, `−0,4`; one that prints as zero gets none. */
export function signed(text: string, value: number): string {
	if (/^[−-]?0([.,]0+)?$/.test(text)) return text.replace(/^[−-]/, '');
	return value > 0 ? `+${text}` : text;
}
