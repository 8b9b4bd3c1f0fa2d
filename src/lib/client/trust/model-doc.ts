/**
 * docs/model.md (the ODD description) and its Danish translation docs/model.da.md as HTML, rendered
 * at build time with `marked` (the page is prerendered; this module runs in its server `load`).
 * Headings get stable ids for links (from the section number, so they are the same in both
 * languages), and a table of contents is built from the second-level headings.
 * tests/docs/model-da.test.ts keeps the translation in step with the English.
 */
import { Marked, type Tokens } from 'marked';
import modelDocEnglish from '../../../../docs/model.md?raw';
import modelDocDanish from '../../../../docs/model.da.md?raw';

export interface ModelDoc {
	html: string;
	contents: { id: string; text: string }[];
	/** Id of section 10, "What the model cannot (yet) say". */
	cannotSayId: string;
}

/** The model documentation in each interface language. */
export const MODEL_DOC_SOURCES = { en: modelDocEnglish, da: modelDocDanish } as const;

/**
 * A heading's id: from its section number or appendix letter where it has one ("7.5 Placement" and
 * "7.5 Placering" are both `sec-7-5`), else lower case, letters and digits joined by single hyphens.
 */
export function slug(text: string): string {
	const numbered = /^(\d+(?:\.\d+)*)\.?\s/.exec(text);
	if (numbered) return `sec-${numbered[1]!.replace(/\./g, '-')}`;
	const appendix = /^(?:Appendix|Bilag)\s+([A-Z])\b/.exec(text);
	if (appendix) return `sec-appendix-${appendix[1]!.toLowerCase()}`;
	return (
		'sec-' +
		text
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/<[^>]+>/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
	);
}

export function renderModelDoc(markdown: string = modelDocEnglish, tableLabel = 'Table'): ModelDoc {
	const contents: { id: string; text: string }[] = [];
	const used = new Set<string>();
	let cannotSayId = '';
	const marked = new Marked({ gfm: true });
	marked.use({
		renderer: {
			heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
				// The document's title becomes a second-level heading: the page has its own h1.
				const depth = Math.min(6, token.depth + 1);
				let id = slug(token.text);
				for (let k = 2; used.has(id); k++) id = `${slug(token.text)}-${k}`;
				used.add(id);
				if (token.depth === 2) contents.push({ id, text: token.text.replace(/`/g, '') });
				if (/^10\.\s/.test(token.text)) cannotSayId = id;
				return `<h${depth} id="${id}">${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
			},
			table(this: unknown, token: Tokens.Table) {
				// Wide tables scroll inside a focusable region rather than overflowing the page.
				const head = token.header.map((cell) => `<th scope="col">${inline(cell.tokens)}</th>`).join('');
				const body = token.rows.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell.tokens)}</td>`).join('')}</tr>`).join('\n');
				return `<div class="table-scroll" role="region" aria-label="${tableLabel}" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>\n`;
			}
		}
	});
	const inline = (tokens: Tokens.Generic[]): string => marked.parseInline(tokensToText(tokens)) as string;
	const html = marked.parse(markdown, { async: false }) as string;
	return { html, contents, cannotSayId };
}

/** The raw markdown of inline tokens (re-parsed inline by `inline`). */
function tokensToText(tokens: Tokens.Generic[]): string {
	return tokens.map((t) => t.raw).join('');
}
