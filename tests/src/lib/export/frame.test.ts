import { describe, expect, it } from 'vitest';
import { escapeXml, framedSvg, legendRows, wrapText } from '../../../../src/lib/export/frame';

const chart = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><path d="M0,0L10,10"/></svg>', width: 600, height: 300 };

describe('framedSvg', () => {
	it('puts the chart under its title and legend on a white background, sized to hold them all', () => {
		const framed = framedSvg({
			title: 'Samlede udgifter, mia. kr. (2023-priser), 2018–2040',
			legend: [
				{ label: 'Scenarie, median', color: '#1f5fa8', shape: 'line' },
				{ label: 'Basisscenarie, median', color: '#5f6b78', shape: 'line', dash: '5 3' },
				{ label: '50 %-interval', color: '#1f5fa8', shape: 'box', opacity: 0.35 }
			],
			source: 'Kilde: simulatoren',
			chart
		});
		expect(framed.width).toBe(632);
		expect(framed.height).toBeGreaterThan(300 + 20 + 18 + 16);
		expect(framed.markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="632" height="\d+" viewBox="0 0 632 \d+"/);
		expect(framed.markup).toContain('<title>Samlede udgifter, mia. kr. (2023-priser), 2018–2040</title>');
		expect(framed.markup).toContain(`<rect width="632" height="${framed.height}" fill="#ffffff"/>`);
		expect(framed.markup).toContain('stroke-dasharray="5 3"');
		expect(framed.markup).toContain('fill-opacity="0.35"');
		expect(framed.markup).toContain(chart.markup);
		expect(framed.markup.indexOf('Kilde: simulatoren')).toBeGreaterThan(framed.markup.indexOf(chart.markup));
	});

	it('escapes text so that titles with markup characters stay well-formed', () => {
		const framed = framedSvg({ title: 'A < B & "C"', chart });
		expect(framed.markup).toContain('<title>A &lt; B &amp; &quot;C&quot;</title>');
		expect(escapeXml("'")).toBe('&apos;');
	});
});

describe('text layout without a layout engine', () => {
	it('wraps a long title at spaces within the width', () => {
		const lines = wrapText('Udgifter og kvalitet i 2035 for alle scenarier', 120, 15);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Udgifter og kvalitet i 2035 for alle scenarier');
	});

	it('starts a new legend row when the next item would not fit', () => {
		const items = ['Aarhus', 'Region Midtjylland', 'Hele landet'].map((label) => ({ label, color: '#000', shape: 'line' as const }));
		expect(legendRows(items, 1000)).toHaveLength(1);
		const narrow = legendRows(items, 160);
		expect(narrow.map((row) => row.map((r) => r.item.label))).toEqual([['Aarhus'], ['Region Midtjylland'], ['Hele landet']]);
		expect(narrow.every((row) => row[0]!.x === 0)).toBe(true);
	});
});
