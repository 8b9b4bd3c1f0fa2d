/**
 * Keeps a translated markdown document in step with its English source: the same numbered sections
 * in the same order, and in each section the same code spans and the same numbers (written in the
 * translation's own notation: Danish "28.000" and "0,05" are the English "28,000" and "0.05").
 *
 * Used by tests/docs/model-da.test.ts and, by translators, from the command line on a part of a
 * translation (only the sections the part contains are compared):
 *
 *   npx tsx tests/docs/translation-sync.ts docs/model.md docs/model.da.md
 */
import { readFileSync } from 'node:fs';

export interface Section {
	/** "1", "7.10", "appendix-A", or "title" for the document's first heading. */
	key: string;
	heading: string;
	body: string;
}

/** A heading's language-independent key: its section number, or its appendix letter. */
export function headingKey(text: string, depth: number): string | null {
	const numbered = /^(\d+(?:\.\d+)*)\.?\s/.exec(text);
	if (numbered) return numbered[1]!;
	const appendix = /^(?:Appendix|Bilag)\s+([A-Z])\b/.exec(text);
	if (appendix) return `appendix-${appendix[1]}`;
	return depth === 1 ? 'title' : null;
}

/** The document split at its keyed headings (unkeyed headings stay inside their section). */
export function sections(markdown: string): Section[] {
	const out: Section[] = [];
	let inFence = false;
	for (const line of markdown.split('\n')) {
		if (/^```/.test(line)) inFence = !inFence;
		const heading = inFence ? null : /^(#{1,6})\s+(.*)$/.exec(line);
		const key = heading ? headingKey(heading[2]!, heading[1]!.length) : null;
		if (key) out.push({ key, heading: heading![2]!, body: '' });
		else if (out.length > 0) out[out.length - 1]!.body += line + '\n';
	}
	return out;
}

/** Inline code spans and fenced code, verbatim, sorted (order may change in translation). */
export function codeSpans(text: string): string[] {
	const fenced = [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
	const rest = text.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
	return [...fenced, ...[...rest.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!)].sort();
}

/**
 * Numbers outside code, normalised to plain digits with a decimal point. Dotted ids such as the
 * recommendation "2.3" or section "7.10" are the same in both languages and kept as written.
 */
export function numbers(text: string, notation: 'en' | 'da'): string[] {
	const prose = text.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '').replace(/`[^`\n]+`/g, ' ').replace(/\]\([^)]*\)/g, ']');
	const pattern =
		notation === 'en'
			? /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)*/g
			: /\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d|\.\d)|\d+(?:\.\d+)+|\d+(?:,\d+)?/g;
	const found = new Set<string>();
	for (const m of prose.matchAll(pattern)) {
		const written = m[0];
		const plain =
			notation === 'en'
				? written.replace(/,/g, '')
				: /,|^\d{1,3}(?:\.\d{3})+$/.test(written)
					? written.replace(/\./g, '').replace(',', '.')
					: written;
		found.add(plain);
	}
	return [...found].sort();
}

const difference = (a: string[], b: string[]): string[] => {
	const rest = [...b];
	const out: string[] = [];
	for (const x of a) {
		const i = rest.indexOf(x);
		if (i >= 0) rest.splice(i, 1);
		else out.push(x);
	}
	return out;
};

/**
 * Problems with a translation, one line each; empty when in step. With `partial`, only the
 * translation's own sections are checked (for a translation written in parts).
 */
export function translationProblems(english: string, translation: string, options: { partial?: boolean } = {}): string[] {
	const en = sections(english);
	const tr = sections(translation);
	const problems: string[] = [];
	const enKeys = en.map((s) => s.key);
	const trKeys = tr.map((s) => s.key);
	const expected = options.partial ? enKeys.filter((k) => trKeys.includes(k)) : enKeys;
	if (expected.join(' ') !== trKeys.join(' ')) {
		problems.push(`sections differ: expected [${expected.join(', ')}], translation has [${trKeys.join(', ')}]`);
	}
	for (const t of tr) {
		const e = en.find((s) => s.key === t.key);
		if (!e) continue;
		const enText = `${e.heading}\n${e.body}`;
		const trText = `${t.heading}\n${t.body}`;
		const missingCode = difference(codeSpans(enText), codeSpans(trText));
		const extraCode = difference(codeSpans(trText), codeSpans(enText));
		if (missingCode.length) problems.push(`§${t.key} "${e.heading}": code missing in translation: ${missingCode.map((c) => '`' + c + '`').join(' ')}`);
		if (extraCode.length) problems.push(`§${t.key} "${e.heading}": code not in the English: ${extraCode.map((c) => '`' + c + '`').join(' ')}`);
		const enNumbers = numbers(enText, 'en');
		const trNumbers = numbers(trText, 'da');
		const missing = enNumbers.filter((n) => !trNumbers.includes(n));
		const extra = trNumbers.filter((n) => !enNumbers.includes(n));
		if (missing.length) problems.push(`§${t.key} "${e.heading}": numbers missing in translation: ${missing.join(' ')}`);
		if (extra.length) problems.push(`§${t.key} "${e.heading}": numbers not in the English: ${extra.join(' ')}`);
	}
	return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [englishPath, translationPath] = process.argv.slice(2);
	if (!englishPath || !translationPath) {
		console.error('usage: npx tsx tests/docs/translation-sync.ts <english.md> <translation.md>');
		process.exit(2);
	}
	const problems = translationProblems(readFileSync(englishPath, 'utf8'), readFileSync(translationPath, 'utf8'), { partial: true });
	for (const p of problems) console.log(p);
	console.log(problems.length === 0 ? 'in step' : `${problems.length} problem(s)`);
	process.exit(problems.length === 0 ? 0 : 1);
}
