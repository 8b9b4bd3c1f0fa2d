import { describe, expect, it } from 'vitest';
import { lineChart, type Point } from '../../../../src/lib/charts/line';

const years = Array.from({ length: 23 }, (_, i) => 2018 + i);
const spend: Point[] = years.map((x, i) => ({ x, y: 55.2 + i * 0.9 }));
const size = { width: 800, height: 400, margin: { top: 10, right: 20, bottom: 30, left: 50 } };

/** Vertices of an M/L path as [x, y] pairs. */
function vertices(d: string): [number, number][] {
	return [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('lineChart', () => {
	it('draws one vertex per point, from the left to the right edge of the plot', () => {
		const chart = lineChart(spend, size);
		const v = vertices(chart.path);
		expect(v).toHaveLength(23);
		expect(v[0]?.[0]).toBe(50);
		expect(v[22]?.[0]).toBe(780);
		expect(chart.plot).toMatchObject({ left: 50, top: 10, right: 780, bottom: 370, width: 730, height: 360 });
	});

	it('maps larger values higher up the chart', () => {
		const v = vertices(lineChart(spend, size).path);
		for (let i = 1; i < v.length; i++) expect(v[i]![1]).toBeLessThan(v[i - 1]![1]);
	});

	it('includes zero in a niced y domain by default, and can fit the data instead', () => {
		expect(lineChart(spend, size).yScale.domain()).toEqual([0, 80]);
		const [lo, hi] = lineChart(spend, size, { yIncludesZero: false }).yScale.domain();
		expect(lo).toBeLessThanOrEqual(55.2);
		expect(lo).toBeGreaterThan(0);
		expect(hi).toBeGreaterThanOrEqual(55.2 + 22 * 0.9);
	});

	it('places ticks on the scale and labels them with the given formatters', () => {
		const chart = lineChart(spend, size, {
			xIntegerTicks: true,
			formatY: (v) => `${v} mia.`
		});
		expect(chart.ticks.x.every((t) => Number.isInteger(t.value) && t.label === String(t.value))).toBe(true);
		expect(chart.ticks.x.map((t) => t.offset)).toEqual(chart.ticks.x.map((t) => chart.xScale(t.value)));
		expect(chart.ticks.y[0]).toEqual({ value: 0, offset: 370, label: '0 mia.' });
	});

	it('leaves a gap where a value is not finite', () => {
		const withGap = spend.map((p) => (p.x === 2030 ? { ...p, y: Number.NaN } : p));
		const { path } = lineChart(withGap, size);
		expect(path.match(/M/g)).toHaveLength(2);
		expect(vertices(path)).toHaveLength(22);
		expect(path).not.toMatch(/NaN/);
	});

	it('draws nothing, without NaN, for an empty series or a zero size', () => {
		const empty = lineChart([], size);
		expect(empty.path).toBe('');
		expect(empty.ticks.y.every((t) => Number.isFinite(t.offset))).toBe(true);
		const tiny = lineChart(spend, { width: 0, height: 0 });
		expect(tiny.path).not.toMatch(/NaN/);
		expect(tiny.plot.width).toBe(0);
	});
});
