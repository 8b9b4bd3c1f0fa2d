/**
 * A chart's drawn `<svg>` as a standalone SVG file. On the page the chart takes its fonts, fills and
 * strokes from stylesheets (and CSS variables) that a file opened elsewhere does not have, so every
 * drawing property that matters is copied from the computed style onto the copy's elements.
 * Interactive and page-bound attributes (ids used by the page's ARIA, tab stops, classes) are dropped.
 */
import { framedSvg, type Framed, type LegendItem } from './frame';

/** Properties that decide how SVG shapes and text look. */
const DRAWING_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'opacity',
	'display'
] as const;

/** Properties an element does not inherit from its parent, with their initial values (not written when initial). */
const NOT_INHERITED: Record<string, string> = { opacity: '1', display: 'inline' };

/** Attributes that only make sense on the page. */
const PAGE_ATTRIBUTE = /^(class|id|tabindex|role|aria-.*|data-.*|on.*)$/;

/**
 * Copy the computed drawing style of `source` and its descendants onto `copy` (a deep clone of it) as
 * inline styles. An inherited property is written only where it differs from the parent's, which
 * keeps the file small; the root writes every one, so the file does not depend on where it lands.
 */
export function inlineStyles(source: Element, copy: Element, parent?: CSSStyleDeclaration): void {
	const style = getComputedStyle(source);
	const declarations: string[] = [];
	for (const property of DRAWING_PROPERTIES) {
		const value = style.getPropertyValue(property);
		if (!value) continue;
		const initial = NOT_INHERITED[property];
		if (initial !== undefined ? value === initial : parent?.getPropertyValue(property) === value) continue;
		declarations.push(`${property}:${value}`);
	}
	for (const name of copy.getAttributeNames()) if (PAGE_ATTRIBUTE.test(name)) copy.removeAttribute(name);
	if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
	else copy.removeAttribute('style');
	for (let k = 0; k < source.children.length; k++) {
		const child = copy.children[k];
		if (child) inlineStyles(source.children[k]!, child, style);
	}
}

export interface ChartPicture {
	title: string;
	legend?: readonly LegendItem[];
	source?: string;
}

/** The chart as it is drawn now, framed with its title and legend, as SVG markup with its size in pixels. */
export function chartSvg(svg: SVGSVGElement, picture: ChartPicture): Framed {
	const box = svg.getBoundingClientRect();
	const width = Math.round(box.width);
	const height = Math.round(box.height);
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, copy);
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
	// Labels may reach into the margin beyond the viewBox, as they do on the page.
	copy.setAttribute('overflow', 'visible');
	return framedSvg({
		...picture,
		fontFamily: getComputedStyle(svg).fontFamily,
		chart: { markup: new XMLSerializer().serializeToString(copy), width, height }
	});
}
