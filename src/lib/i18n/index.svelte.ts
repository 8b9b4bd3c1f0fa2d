/**
 * The interface language: Danish by default, English on request (remembered in localStorage).
 * Strings live in one module per language (da.ts is the reference; add a language by adding a
 * module of type `Messages` and listing it here). Numbers use the language's conventions.
 */
import { da, type Messages } from './da';
import { en } from './en';

export type Locale = 'da' | 'en';
export const LOCALES: readonly Locale[] = ['da', 'en'];
const MESSAGES: Record<Locale, Messages> = { da, en };
const STORAGE_KEY = 'socialsim.locale';
const INTL: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

const formats = new Map<string, Intl.NumberFormat>();

class I18n {
	locale = $state<Locale>('da');
	readonly t: Messages = $derived(MESSAGES[this.locale]);

	/** Format a number with fixed decimals in the current language (− for negatives). */
	num(value: number, digits = 1): string {
		if (!Number.isFinite(value)) return '–';
		const id = `${this.locale}:${digits}`;
		let format = formats.get(id);
		if (!format) {
			format = new Intl.NumberFormat(INTL[this.locale], { minimumFractionDigits: digits, maximumFractionDigits: digits });
			formats.set(id, format);
		}
		// Avoid "−0,0": a value that rounds to zero prints without a sign.
		const text = format.format(value);
		return /^-0([.,]0+)?$/.test(text) ? text.slice(1) : text.replace('-', '−');
	}

	/** Restore the remembered language (call in onMount). */
	restore(): void {
		try {
			const saved = localStorage.getItem(STORAGE_KEY);
			if (saved === 'da' || saved === 'en') this.set(saved);
		} catch {
			/* storage unavailable: keep Danish */
		}
	}

	set(locale: Locale): void {
		this.locale = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
		try {
			localStorage.setItem(STORAGE_KEY, locale);
		} catch {
			/* not remembered; fine */
		}
	}
}

export const i18n = new I18n();
export type { Messages };
