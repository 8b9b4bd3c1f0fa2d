import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	NO_DATA_FILL,
	SEQUENTIAL_BLUES,
	choroplethScale,
	denmarkMap,
	type Box,
	type DenmarkTopology
} from '../../../../src/lib/charts/map';

const here = dirname(fileURLToPath(import.meta.url));
const topology = JSON.parse(
	readFileSync(resolve(here, '../../../../../shared/data/dk_kommuner.topojson'), 'utf8')
) as DenmarkTopology;
const size = { width: 800, height: 640, padding: 10 };

/** All coordinate pairs of an SVG path made of M/L/Z commands. */
function points(d: string): [number, number][] {
	return [...d.matchAll(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const inside = ([x, y]: [number, number], box: Box, slack = 0.6): boolean =>
	x >= box.x - slack && x <= box.x + box.width + slack && y >= box.y - slack && y <= box.y + box.height + slack;

const overlaps = (a: [[number, number], [number, number]], b: Box): boolean =>
	a[0][0] < b.x + b.width && a[1][0] > b.x && a[0][1] < b.y + b.height && a[1][1] > b.y;

describe('denmarkMap', () => {
	const map = denmarkMap(topology, size);

	it('draws one path for each of the 98 municipalities, with distinct codes', () => {
		expect(map.municipalities).toHaveLength(98);
		expect(new Set(map.municipalities.map((m) => m.code)).size).toBe(98);
	});

	it('gives every municipality a non-empty path of finite coordinates and a name and region', () => {
		for (const m of map.municipalities) {
			expect(m.d.length, m.code).toBeGreaterThan(10);
			expect(m.d, m.code).not.toMatch(/NaN|Infinity/);
			expect(m.name.length, m.code).toBeGreaterThan(1);
			expect(m.region, m.code).toMatch(/^Region /);
			expect(points(m.d).length, m.code).toBeGreaterThan(2);
		}
	});

	it('keeps every point of the map within the requested area', () => {
		for (const m of map.municipalities) {
			for (const p of points(m.d)) expect(inside(p, { x: 0, y: 0, width: size.width, height: size.height }), m.code).toBe(true);
		}
	});

	it('draws Bornholm (400), and only Bornholm, inside the inset box', () => {
		const bornholm = map.municipalities.find((m) => m.code === '400');
		expect(bornholm?.inset).toBe(true);
		expect(map.municipalities.filter((m) => m.inset).map((m) => m.code)).toEqual(['400']);
		const pts = points(bornholm!.d);
		expect(pts.length).toBeGreaterThan(10);
		for (const p of pts) expect(inside(p, map.inset)).toBe(true);
		expect(map.inset.width).toBeGreaterThan(20);
		expect(map.inset.height).toBeGreaterThan(20);
	});

	it('keeps the rest of the country out of the inset box', () => {
		for (const m of map.municipalities.filter((m) => !m.inset)) {
			expect(overlaps(m.bounds, map.inset), `${m.code} ${m.name}`).toBe(false);
		}
	});

	it('puts Jutland west of Zealand and Skagen (Frederikshavn) north of Tønder', () => {
		const at = (code: string) => map.municipalities.find((m) => m.code === code)!.centroid;
		expect(at('751')[0]).toBeLessThan(at('101')[0]); // Aarhus west of København
		expect(at('813')[1]).toBeLessThan(at('550')[1]); // Frederikshavn above Tønder
	});

	it('draws the borders between the five regions as one path', () => {
		expect(map.regionBorders.length).toBeGreaterThan(100);
		expect(map.regionBorders).not.toMatch(/NaN/);
	});

	it('scales with the size it is given', () => {
		const small = denmarkMap(topology, { width: 400, height: 320, padding: 5 });
		for (const m of small.municipalities) {
			for (const p of points(m.d)) expect(inside(p, { x: 0, y: 0, width: 400, height: 320 }), m.code).toBe(true);
		}
		expect(small.inset.width).toBeLessThan(map.inset.width);
	});
});

describe('choroplethScale', () => {
	it('makes five equal-width classes over a nice domain that covers the values, if asked', () => {
		const scale = choroplethScale([9_120, 10_400, 13_870, Number.NaN], SEQUENTIAL_BLUES, { method: 'equal' });
		expect(scale.classes).toHaveLength(5);
		expect(scale.domain[0]).toBeLessThanOrEqual(9_120);
		expect(scale.domain[1]).toBeGreaterThanOrEqual(13_870);
		const widths = scale.classes.map((c) => c.to - c.from);
		for (const w of widths) expect(w).toBeCloseTo(widths[0]!, 6);
		expect(scale.classes[0]!.from).toBe(scale.domain[0]);
		expect(scale.classes[4]!.to).toBe(scale.domain[1]);
	});

	it('by default puts about equal numbers of values in each class, with round limits', () => {
		const values = Array.from({ length: 100 }, (_, k) => 9_000 + k * 37 + (k === 99 ? 5_000 : 0));
		const scale = choroplethScale(values);
		expect(scale.classes).toHaveLength(5);
		const counts = scale.classes.map((c) => values.filter((v) => scale.color(v) === c.color).length);
		for (const n of counts) expect(n).toBeGreaterThanOrEqual(15);
		for (const c of scale.classes.slice(1)) expect(c.from % 100).toBe(0);
		expect(scale.classes[0]!.from).toBe(9_000);
		expect(scale.classes[4]!.to).toBe(values[99]);
	});

	it('makes classes symmetric about zero for differences, with outliers in the end classes', () => {
		const values = [...Array.from({ length: 40 }, (_, k) => k - 20), 500];
		const scale = choroplethScale(values, SEQUENTIAL_BLUES, { method: 'equal', symmetric: true });
		const limits = scale.classes.slice(1).map((c) => c.from);
		expect(limits[0]).toBeCloseTo(-limits[3]!, 9);
		expect(limits[1]).toBeCloseTo(-limits[2]!, 9);
		expect(limits[3]).toBeLessThan(100);
		expect(scale.color(500)).toBe(SEQUENTIAL_BLUES[4]);
		expect(scale.color(0)).toBe(SEQUENTIAL_BLUES[2]);
		expect(scale.classes[4]!.to).toBe(500);
	});

	it('colours low values light and high values dark, and a missing value grey', () => {
		const scale = choroplethScale([0, 100]);
		expect(scale.color(1)).toBe(SEQUENTIAL_BLUES[0]);
		expect(scale.color(99)).toBe(SEQUENTIAL_BLUES[4]);
		expect(scale.color(Number.NaN)).toBe(NO_DATA_FILL);
	});

	it('still gives a usable domain when every value is the same or none is finite', () => {
		expect(choroplethScale([5, 5]).domain[1]).toBeGreaterThan(5);
		expect(choroplethScale([Number.NaN]).domain).toEqual([0, 1]);
	});
});
