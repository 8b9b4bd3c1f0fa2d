/**
 * docs/model.md (the ODD description) as HTML, rendered at build time with `marked` (the page is
 * prerendered; this module runs in its server `load`). Headings get stable ids for links, and a
 * table of contents is built from the second-level headings.
 */
import { Marked, type Tokens } from 'marked';
import modelDoc from '../../../../docs/model.md?raw';

export interface ModelDoc {
	html: string;
	contents: { id: string; text: string }[];
	/** Id of section 10, "What the model cannot (yet) say". */
	cannotSayId: string;
}

/** A heading's id: lower case, letters and digits joined by single hyphens. */
export function slug(text: string): string {
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

export function renderModelDoc(markdown: string = modelDoc): ModelDoc {
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
				return `<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>\n`;
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
