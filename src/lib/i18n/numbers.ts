/**
 * A number as written in running text and tables, in the language's notation (Danish 1.250.000 and
 * 0,05; English 1,250,000 and 0.05), with as many decimals as it has (up to 6). Thousands are grouped
 * from 10,000 on, so years and small counts print as 2018 and 7500. (For a fixed number of decimals,
 * use `i18n.num`.)
 */
import type { Locale } from './index.svelte';

const INTL: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

export function plainNumber(value: number, locale: Locale): string {
	const grouped = Math.abs(value) >= 10_000;
	const id = `${locale}:${grouped}`;
	let format = formats.get(id);
	if (!format) {
		format = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 6, useGrouping: grouped });
		formats.set(id, format);
	}
	return format.format(value);
}
