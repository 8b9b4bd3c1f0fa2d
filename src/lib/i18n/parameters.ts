/**
 * The parameters page (/parametre) in the reader's language. Its tables are built from the engine's
 * modules at build time (src/lib/client/trust/parameters.ts): values and knob domains come as data
 * and are written out here, the prose comes in English from the engine's source comments and is
 * shown in Danish from parameters-da.ts, keyed by the rows' names. A Danish text that is missing
 * falls back to the English one, marked `lang="en"` (tests/src/lib/i18n/parameters-da.test.ts lists
 * what is missing or stale and checks that every Danish text keeps the English numbers).
 */
import type {
	CalibratedRow,
	FactRow,
	GroupRow,
	KnobDomain,
	ParameterTables,
	ParameterValue,
	PolicyRow
} from '$lib/client/trust/parameters';
import type { Locale } from './index.svelte';
import { plainNumber } from './numbers';
import { PARAMETER_TEXT_DA } from './parameters-da';

const da = {
	groupsBelow: (n: number) => `${n} grupper (se tabellen nedenfor)`,
	number: 'tal',
	integer: 'heltal',
	onOff: 'til/fra',
	values: (n: number) => `${n} værdier`,
	amounts: 'beløb pr. år',
	orNull: (text: string) => `${text} eller null`,
	/** Between the items of a list or record: the decimal comma needs a semicolon. */
	itemSeparator: '; '
};

type ParameterMessages = typeof da;

const en: ParameterMessages = {
	groupsBelow: (n) => `${n} groups (table below)`,
	number: 'number',
	integer: 'integer',
	onOff: 'on/off',
	values: (n) => `${n} values`,
	amounts: 'amount per year',
	orNull: (text) => `${text}, or null`,
	itemSeparator: ', '
};

const MESSAGES: Record<Locale, ParameterMessages> = { da, en };

/** A parameter's value as the tables show it: `0,25`, `[0; 17]`, `{ 2024: 0,2; 2025: 0,6 }` in Danish. */
export function showValue(value: ParameterValue, locale: Locale): string {
	const sep = MESSAGES[locale].itemSeparator;
	if (typeof value === 'number') return plainNumber(value, locale);
	if (value === null || typeof value !== 'object') return String(value);
	if (Array.isArray(value)) return `[${value.map((v: ParameterValue) => showValue(v, locale)).join(sep)}]`;
	const entries = Object.entries(value);
	return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${showValue(v, locale)}`).join(sep)} }`;
}

/** A facts row's value column (empty for a record whose fields follow). */
export function showFactValue(row: FactRow, locale: Locale): string {
	switch (row.value.kind) {
		case 'value':
			return showValue(row.value.value, locale);
		case 'groups':
			return MESSAGES[locale].groupsBelow(row.value.count);
		case 'fields':
			return '';
	}
}

/** The values a policy knob takes: `tal 0–1 eller null`, `heltal 0–9`, `til/fra`. */
export function showDomain(domain: KnobDomain, locale: Locale): string {
	const t = MESSAGES[locale];
	let text: string;
	switch (domain.kind) {
		case 'number': {
			const lo = domain.min === null ? '−∞' : plainNumber(domain.min, locale);
			const hi = domain.max === null ? '∞' : plainNumber(domain.max, locale);
			text = `${domain.integer ? t.integer : t.number} ${lo}–${hi}`;
			break;
		}
		case 'boolean':
			text = t.onOff;
			break;
		case 'tuple':
			text = t.values(domain.length);
			break;
		case 'amounts':
			text = t.amounts;
			break;
		case 'other':
			text = domain.type;
	}
	return domain.nullable ? t.orNull(text) : text;
}

/**
 * True for a text that is only source ids (`H1`, `G2`): the same in every language, so it needs no
 * translation and no `lang` mark.
 */
export function isLanguageNeutral(text: string): boolean {
	return !/\p{Ll}{2}/u.test(text);
}

/** A text to show, and `lang: 'en'` when it is the English standing in for a missing Danish one. */
export interface ShownText {
	text: string;
	lang?: 'en';
}

function pick(english: string, danish: string | undefined, locale: Locale): ShownText {
	if (locale === 'en' || isLanguageNeutral(english)) return { text: english };
	return danish ? { text: danish } : { text: english, lang: 'en' };
}

/** The prose of the parameter tables in one language (English where a Danish text is missing). */
export interface ParameterText {
	source(row: FactRow): ShownText;
	groupLabel(row: GroupRow): ShownText;
	fieldDoc(field: ParameterTables['groups']['fields'][number]): ShownText;
	fittedTo(row: CalibratedRow): ShownText;
	calibratedDoc(row: CalibratedRow): ShownText;
	description(row: PolicyRow): ShownText;
}

export function parameterText(locale: Locale): ParameterText {
	const t = PARAMETER_TEXT_DA;
	return {
		source: (row) => pick(row.source, t.facts[row.name], locale),
		groupLabel: (row) => pick(row.label, t.groups[row.key], locale),
		fieldDoc: (field) => pick(field.doc, t.groupFields[field.key], locale),
		fittedTo: (row) => pick(row.fittedTo, t.calibrated[row.key]?.fittedTo, locale),
		calibratedDoc: (row) => pick(row.doc, t.calibrated[row.key]?.doc, locale),
		description: (row) => pick(row.description, t.policy[row.key], locale)
	};
}
