/**
 * File names of exports: lower-case ASCII words joined by hyphens, the years a chart covers at the
 * end, e.g. `spend_total-2018-2040.csv`. Safe on every file system and in a URL.
 */

/** Danish letters spelt the way Danes spell them without them (NFD alone would drop æ and ø). */
const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };
const MAX_LENGTH = 80;

/** `Udgift pr. indbygger, Århus` → `udgift-pr-indbygger-aarhus`; underscores (indicator keys) are kept. */
export function slug(text: string): string {
	const ascii = text
		.toLowerCase()
		.replace(/[æøå]/g, (c) => DANISH[c]!)
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
	const words = ascii.replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '');
	return words.slice(0, MAX_LENGTH).replace(/-+$/, '') || 'chart';
}

/** A base name with the span of the years it covers appended (none when there are no years). */
export function withYears(base: string, years: readonly number[]): string {
	const finite = years.filter(Number.isFinite);
	if (finite.length === 0) return base;
	const from = Math.min(...finite);
	const to = Math.max(...finite);
	return from === to ? `${base}-${from}` : `${base}-${from}-${to}`;
}
