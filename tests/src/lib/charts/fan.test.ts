import { describe, expect, it } from 'vitest';
import { fanChart, type FanPoint } from '../../../../src/lib/charts/fan';
import { scatterChart } from '../../../../src/lib/charts/scatter';

const years = Array.from({ length: 23 }, (_, i) => 2018 + i);
const fan: FanPoint[] = years.map((x, i) => ({ x, y: 55 + i, lo50: 54 + i, hi50: 56 + i, lo90: 52 + i, hi90: 58 + i }));
const size = { width: 600, height: 300, margin: { top: 10, right: 10, bottom: 30, left: 50 } };

describe('fanChart', () => {
	it('draws a median line and closed 50 % and 90 % bands for a series with bands', () => {
		const chart = fanChart([{ id: 's', points: fan }], size);
		const s = chart.series[0]!;
		expect((s.line.match(/[ML]/g) ?? []).length).toBe(23);
		expect(s.band50).toMatch(/Z$/);
		expect(s.band90).toMatch(/Z$/);
		expect(s.end).toMatchObject({ x: 590, value: 77 });
	});

	it('fits the y domain to every series, bands included, on shared scales', () => {
		const flat: FanPoint[] = years.map((x) => ({ x, y: 40 }));
		const chart = fanChart([{ id: 's', points: fan }, { id: 'b', points: flat }], size);
		const [lo, hi] = chart.yScale.domain() as [number, number];
		expect(lo).toBeLessThanOrEqual(40);
		expect(hi).toBeGreaterThanOrEqual(80);
		expect(chart.series[1]!.band90).toBe('');
	});

	it('keeps the axis at or above a floor, and marks zero in a difference chart', () => {
		const small: FanPoint[] = years.map((x, i) => ({ x, y: i === 0 ? 0 : 0.5 }));
		expect((fanChart([{ id: 'w', points: small }], size, { yFloor: 0 }).yScale.domain() as number[])[0]).toBe(0);
		const diff: FanPoint[] = years.map((x, i) => ({ x, y: -i / 10, lo90: -i / 5, hi90: 0.1 }));
		const chart = fanChart([{ id: 'd', points: diff }], size);
		expect(chart.zero).toBeCloseTo(chart.yScale(0));
	});

	it('labels only whole years on the x axis and leaves gaps for missing values', () => {
		const gap = fan.map((p) => (p.x === 2030 ? { ...p, y: Number.NaN } : p));
		const chart = fanChart([{ id: 's', points: gap }], size, { xTicks: 30 });
		expect(chart.ticks.x.every((t) => Number.isInteger(t.value))).toBe(true);
		expect(chart.series[0]!.line.match(/M/g)).toHaveLength(2);
	});

	it('draws nothing, without NaN, when there is no data or no room', () => {
		const empty = fanChart([], size);
		expect(empty.series).toEqual([]);
		const tiny = fanChart([{ id: 's', points: fan }], { width: 0, height: 0 });
		expect(tiny.series[0]!.line).not.toMatch(/NaN/);
	});
});

describe('scatterChart', () => {
	it('places points by x and y with whiskers for their intervals', () => {
		const chart = scatterChart(
			[
				{ id: 'base', x: 28, y: 4.2, xLo: 26, xHi: 30, yLo: 4, yHi: 4.4 },
				{ id: 'pkg', x: 25, y: 4.5 }
			],
			size
		);
		const [base, pkg] = chart.points;
		expect(pkg!.cx).toBeLessThan(base!.cx);
		expect(pkg!.cy).toBeLessThan(base!.cy);
		expect(base!.xWhisker![0]).toBeLessThan(base!.xWhisker![1]);
		expect(pkg!.xWhisker).toBeUndefined();
	});

	it('does not blow a tiny difference up to the whole plot', () => {
		const chart = scatterChart([{ id: 'a', x: 10, y: 1 }, { id: 'b', x: 10.1, y: 1.01 }], size, { minSpan: { x: 4, y: 1 } });
		const [x0, x1] = chart.xScale.domain() as [number, number];
		expect(x1 - x0).toBeGreaterThanOrEqual(4);
		expect(Math.abs(chart.points[0]!.cx - chart.points[1]!.cx)).toBeLessThan(chart.plot.width / 10);
	});
});
