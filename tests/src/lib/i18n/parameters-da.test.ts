/**
 * The Danish prose of the parameters page (src/lib/i18n/parameters-da.ts) is complete, has no stale
 * entries, and keeps every number of the English text it translates; the page's values and knob
 * domains are written in the reader's language.
 *
 * Numbers are compared with `numbers` of tests/docs/translation-sync.ts (the check of the translated
 * model document): each language's notation is read to plain digits ("28,000" and "28.000" are
 * 28000, "0.05" and "0,05" are 0.05), ids such as "2.3" stay as written.
 */
import { describe, expect, it } from 'vitest';
import { parameterTables, type ParameterTables } from '../../../../src/lib/client/trust/parameters';
import { PARAMETER_TEXT_DA } from '../../../../src/lib/i18n/parameters-da';
import { isLanguageNeutral, parameterText, showDomain, showFactValue, showValue } from '../../../../src/lib/i18n/parameters';
import { numbers } from '../../../docs/translation-sync';

const tables: ParameterTables = parameterTables();

/** One text of the page: where it is (for messages), the English, the Danish entry if any. */
interface Pair {
	where: string;
	en: string;
	da: string | undefined;
}

/** Every English text of the tables that the Danish page shows (`howItActs` is not translated here). */
function pairs(): Pair[] {
	const t = PARAMETER_TEXT_DA;
	return [
		...tables.facts.map((r) => ({ where: `facts ${r.name}`, en: r.source, da: t.facts[r.name] })),
		...tables.groups.rows.map((r) => ({ where: `groups ${r.key}`, en: r.label, da: t.groups[r.key] })),
		...tables.groups.fields.map((f) => ({ where: `groupFields ${f.key}`, en: f.doc, da: t.groupFields[f.key] })),
		...tables.calibrated.flatMap((r) => [
			{ where: `calibrated ${r.key}.fittedTo`, en: r.fittedTo, da: t.calibrated[r.key]?.fittedTo },
			{ where: `calibrated ${r.key}.doc`, en: r.doc, da: t.calibrated[r.key]?.doc }
		]),
		...tables.policy.map((r) => ({ where: `policy ${r.key}`, en: r.description, da: t.policy[r.key] }))
	];
}

/** Texts in words (not empty, not only source ids such as "H1"): these need a Danish text. */
const worded = (p: Pair): boolean => !isLanguageNeutral(p.en);

/**
 * English abbreviates thousands ("79k", "≈ 48 k"); Danish writes them out ("79.000"). Spelled out
 * before the numbers are compared, so "79k" is 79000 on both sides.
 */
const thousandsSpelledOut = (english: string): string => english.replace(/(\d+)\s?k\b/g, (_, n: string) => `${Number(n) * 1000}`);

describe('Danish prose of the parameters page', () => {
	it('covers the tables (facts, 11 groups, their fields, calibrated scalars, every policy knob)', () => {
		expect(tables.facts.filter((r) => r.source !== '').length).toBeGreaterThan(40);
		expect(tables.groups.rows).toHaveLength(11);
		expect(tables.groups.fields.length).toBeGreaterThan(5);
		expect(tables.calibrated.length).toBeGreaterThan(10);
		expect(tables.policy.length).toBeGreaterThan(30);
		expect(pairs().filter(worded).length).toBeGreaterThan(100);
	});

	it('has a Danish text for every English text of the tables', () => {
		const missing = pairs()
			.filter((p) => worded(p) && !p.da?.trim())
			.map((p) => `${p.where}: ${p.en}`);
		expect(missing).toEqual([]);
	});

	it('has no stale entries: every key names a row with English text to translate', () => {
		const wanted = new Set(pairs().filter(worded).map((p) => p.where));
		const t = PARAMETER_TEXT_DA;
		const entries = [
			...Object.keys(t.facts).map((k) => `facts ${k}`),
			...Object.keys(t.groups).map((k) => `groups ${k}`),
			...Object.keys(t.groupFields).map((k) => `groupFields ${k}`),
			...Object.entries(t.calibrated).flatMap(([k, v]) => Object.keys(v).map((field) => `calibrated ${k}.${field}`)),
			...Object.keys(t.policy).map((k) => `policy ${k}`)
		];
		expect(entries.filter((where) => !wanted.has(where))).toEqual([]);
	});

	it('keeps every number of the English text, and adds none', () => {
		const problems = pairs()
			.filter((p) => p.da)
			.flatMap((p) => {
				const en = numbers(thousandsSpelledOut(p.en), 'en');
				const da = numbers(p.da!, 'da');
				const lost = en.filter((n) => !da.includes(n));
				const added = da.filter((n) => !en.includes(n));
				return lost.length || added.length ? [`${p.where}: lost [${lost.join(' ')}] added [${added.join(' ')}]\n  en: ${p.en}\n  da: ${p.da}`] : [];
			});
		expect(problems).toEqual([]);
	});

	it('writes numbers the Danish way and leaves no English behind', () => {
		// "0.35", "1.41 m", "≈ 0.9": an English decimal. Ids such as "2.3" stand alone, not before a unit or
		// after ≈, and a dot before three digits is the Danish thousands separator ("≈ 2.600 kr.").
		const englishDecimal = /\b0\.\d|\d\.(?!\d{3}\b)\d+\s*(%|m\b|mio|mia|kr)|[×≈=±]\s*\d+\.(?!\d{3}\b)\d/;
		const englishThousands = /\b[1-9]\d{0,2},\d{3}\b/;
		const englishWords = /\b(bn|DKK|per|assumption|today|the|and|of)\b/;
		const problems = pairs()
			.filter((p) => p.da && (englishDecimal.test(p.da) || englishThousands.test(p.da) || englishWords.test(p.da)))
			.map((p) => `${p.where}: ${p.da}`);
		expect(problems).toEqual([]);
	});

	it('is what the page shows in Danish, unmarked; the English in English; English marked where Danish is missing', () => {
		const da = parameterText('da');
		const en = parameterText('en');
		const row = tables.facts.find((r) => r.name === 'SUPERVISION.feePerOffer')!;
		expect(da.source(row)).toEqual({ text: PARAMETER_TEXT_DA.facts['SUPERVISION.feePerOffer'] });
		expect(en.source(row)).toEqual({ text: row.source });
		expect(da.source({ ...row, name: 'NOT_A_ROW' })).toEqual({ text: row.source, lang: 'en' });
		// Source ids alone are the same in both languages.
		const ids = tables.facts.find((r) => r.name === 'SUPERVISION.supervisors')!;
		expect(ids.source).toBe('H1');
		expect(da.source(ids)).toEqual({ text: 'H1' });
		for (const p of tables.policy) expect(da.description(p).lang, p.key).toBeUndefined();
	});
});

describe('values and knob domains in the reader’s language', () => {
	it('writes numbers, lists and records in Danish or English notation', () => {
		expect(showValue(1_250_000, 'da')).toBe('1.250.000');
		expect(showValue(1_250_000, 'en')).toBe('1,250,000');
		expect(showValue(2018, 'da')).toBe('2018');
		expect(showValue([0.25, 0.5, 0.75], 'da')).toBe('[0,25; 0,5; 0,75]');
		expect(showValue([0.25, 0.5, 0.75], 'en')).toBe('[0.25, 0.5, 0.75]');
		expect(showValue({ 2024: 0.2, 2025: 0.6 }, 'da')).toBe('{ 2024: 0,2; 2025: 0,6 }');
		expect(showValue({}, 'da')).toBe('{}');
		expect(showValue(null, 'da')).toBe('null');
		expect(showValue(false, 'en')).toBe('false');
	});

	it('names the groups table and leaves the value of a record with field rows empty', () => {
		const groups = tables.facts.find((r) => r.name === 'GROUPS')!;
		expect(showFactValue(groups, 'da')).toBe('11 grupper (se tabellen nedenfor)');
		expect(showFactValue(groups, 'en')).toBe('11 groups (table below)');
		const supervision = tables.facts.find((r) => r.name === 'SUPERVISION')!;
		expect(showFactValue(supervision, 'da')).toBe('');
		const bpa = tables.facts.find((r) => r.name === 'UNIT_COST.bpa')!;
		expect(showFactValue(bpa, 'da')).toBe('1.380.000');
	});

	it('reads each knob’s domain from its schema and writes it in both languages', () => {
		const domain = (key: string) => tables.policy.find((p) => p.key === key)!.allowed;
		expect(showDomain(domain('economyWeight'), 'da')).toBe('tal 0–1 eller null');
		expect(showDomain(domain('economyWeight'), 'en')).toBe('number 0–1, or null');
		expect(showDomain(domain('rulingsRolledBack'), 'da')).toBe('heltal 0–9');
		expect(showDomain(domain('visitsPerYear'), 'da')).toBe('tal 0,1–2');
		expect(showDomain(domain('dutCompensation'), 'da')).toBe('til/fra');
		expect(showDomain(domain('reimbursementRates'), 'da')).toBe('3 værdier eller null');
		expect(showDomain(domain('loanPoolBn'), 'en')).toBe('amount per year');
		expect(showDomain(domain('loanPoolBn'), 'da')).toBe('beløb pr. år');
	});
});
