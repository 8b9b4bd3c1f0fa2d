/**
 * A chart as a picture that stands on its own: the chart's SVG placed under its title and legend
 * (which the page draws in HTML, outside the chart's `<svg>`), over a white background, with a
 * source line. Pure string layout, so that tests can check it without a browser; there is no text
 * layout engine here, so text widths are estimated from the number of characters.
 */

export interface LegendItem {
	label: string;
	color: string;
	/** A line (a series) or a filled box (a band, a colour class of a map). */
	shape: 'line' | 'box';
	/** `stroke-dasharray` of a line. */
	dash?: string;
	/** Opacity of a box's fill. */
	opacity?: number;
}

export interface FrameInput {
	title: string;
	legend?: readonly LegendItem[];
	source?: string;
	fontFamily?: string;
	/** The chart itself: a serialised `<svg>` with its own width, height and viewBox. */
	chart: { markup: string; width: number; height: number };
}

export interface Framed {
	markup: string;
	width: number;
	height: number;
}

/** Colours of text in the export: the app's text and muted colours (app.css), fixed so the file needs no stylesheet. */
const TEXT = '#1b1f24';
const MUTED = '#5a6470';
const PAD = 16;
const TITLE = { size: 15, line: 20 };
const LEGEND = { size: 12, line: 18, swatch: 22, gap: 6, spacing: 16 };
const SOURCE = { size: 10.5, line: 16 };
/** Mean advance of a glyph of a sans-serif font, in em (Latin text with digits). */
const MEAN_GLYPH_EM = 0.56;

export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Estimated width of a line of text in pixels. */
export function textWidth(text: string, size: number): number {
	return text.length * size * MEAN_GLYPH_EM;
}

/** Break text into lines of at most `width` pixels (estimated) at spaces; a longer word gets a line of its own. */
export function wrapText(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** Legend items laid out left to right, wrapping to a new row when the width is used up. */
export function legendRows(items: readonly LegendItem[], width: number): { item: LegendItem; x: number }[][] {
	const rows: { item: LegendItem; x: number }[][] = [];
	let row: { item: LegendItem; x: number }[] = [];
	let x = 0;
	for (const item of items) {
		const w = LEGEND.swatch + LEGEND.gap + textWidth(item.label, LEGEND.size);
		if (row.length > 0 && x + w > width) {
			rows.push(row);
			row = [];
			x = 0;
		}
		row.push({ item, x });
		x += w + LEGEND.spacing;
	}
	if (row.length > 0) rows.push(row);
	return rows;
}

function swatch(item: LegendItem, x: number, y: number): string {
	if (item.shape === 'line') {
		const dash = item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : '';
		return `<line x1="${x + 1}" x2="${x + LEGEND.swatch - 1}" y1="${y}" y2="${y}" stroke="${escapeXml(item.color)}" stroke-width="2.5"${dash}/>`;
	}
	const opacity = item.opacity !== undefined ? ` fill-opacity="${item.opacity}"` : '';
	return `<rect x="${x + 3}" y="${y - 5}" width="${LEGEND.swatch - 6}" height="10" rx="2" fill="${escapeXml(item.color)}"${opacity}/>`;
}

/** The standalone SVG document: title, legend, chart, source, on white. */
export function framedSvg(input: FrameInput): Framed {
	const width = Math.ceil(input.chart.width + 2 * PAD);
	const inner = width - 2 * PAD;
	const parts: string[] = [];
	let y = PAD;

	for (const line of wrapText(input.title, inner, TITLE.size)) {
		y += TITLE.line;
		parts.push(`<text x="${PAD}" y="${y - 5}" font-size="${TITLE.size}" font-weight="650" fill="${TEXT}">${escapeXml(line)}</text>`);
	}
	const rows = legendRows(input.legend ?? [], inner);
	if (rows.length > 0) y += 6;
	for (const row of rows) {
		const mid = y + LEGEND.line / 2;
		for (const { item, x } of row) {
			parts.push(swatch(item, PAD + x, mid));
			parts.push(`<text x="${PAD + x + LEGEND.swatch + LEGEND.gap}" y="${mid}" dy="0.35em" font-size="${LEGEND.size}" fill="${TEXT}">${escapeXml(item.label)}</text>`);
		}
		y += LEGEND.line;
	}
	y += 8;
	parts.push(`<g transform="translate(${PAD} ${y})">${input.chart.markup}</g>`);
	y += input.chart.height;
	if (input.source) {
		y += SOURCE.line;
		parts.push(`<text x="${PAD}" y="${y}" font-size="${SOURCE.size}" fill="${MUTED}">${escapeXml(input.source)}</text>`);
	}
	const height = Math.ceil(y + PAD);
	const font = escapeXml(input.fontFamily ?? 'system-ui, sans-serif');
	const markup =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">` +
		`<title>${escapeXml(input.title)}</title>` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		parts.join('') +
		'</svg>';
	return { markup, width, height };
}
