/**
 * The cost–quality chart as a pure function: each scenario is a point placed by spending growth
 * (x) and quality change (y), with 90 % whiskers in both directions. No DOM.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { DEFAULT_MARGIN, type Margin, type Size, type Tick } from './line';

export interface ScatterPoint {
	id: string;
	x: number;
	y: number;
	xLo?: number;
	xHi?: number;
	yLo?: number;
	yHi?: number;
}

export interface PlacedPoint {
	id: string;
	cx: number;
	cy: number;
	/** Whiskers in pixels ([from, to]); absent when the point has no interval in that direction. */
	xWhisker?: [number, number];
	yWhisker?: [number, number];
}

export interface ScatterChart {
	xScale: ScaleLinear<number, number>;
	yScale: ScaleLinear<number, number>;
	points: PlacedPoint[];
	ticks: { x: Tick[]; y: Tick[] };
	margin: Margin;
	plot: { left: number; top: number; right: number; bottom: number; width: number; height: number };
}

export interface ScatterOptions {
	xTicks?: number;
	yTicks?: number;
	formatX?: (value: number) => string;
	formatY?: (value: number) => string;
	/** Smallest span of each axis, so that tiny differences are not blown up to the full plot. */
	minSpan?: { x: number; y: number };
	/** Keep this point of each axis in the domain (default: zero on neither). */
	include?: { x?: number; y?: number };
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

function domainOf(values: number[], minSpan: number, include: number | undefined): [number, number] {
	const vs = include === undefined ? values : [...values, include];
	let lo = Math.min(...vs);
	let hi = Math.max(...vs);
	if (!Number.isFinite(lo)) return [0, 1];
	const pad = Math.max((hi - lo) * 0.12, (minSpan - (hi - lo)) / 2, 0);
	lo -= pad;
	hi += pad;
	if (lo === hi) {
		lo -= 0.5;
		hi += 0.5;
	}
	return [lo, hi];
}

export function scatterChart(data: readonly ScatterPoint[], size: Size, options: ScatterOptions = {}): ScatterChart {
	const margin: Margin = { ...DEFAULT_MARGIN, ...size.margin };
	const width = Math.max(0, size.width);
	const height = Math.max(0, size.height);
	const left = margin.left;
	const top = margin.top;
	const right = Math.max(left, width - margin.right);
	const bottom = Math.max(top, height - margin.bottom);
	const plot = { left, top, right, bottom, width: right - left, height: bottom - top };

	const points = data.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
	const xs = points.flatMap((p) => [p.x, p.xLo, p.xHi].filter(finite));
	const ys = points.flatMap((p) => [p.y, p.yLo, p.yHi].filter(finite));
	const xTicks = options.xTicks ?? 5;
	const yTicks = options.yTicks ?? 5;
	const xScale = scaleLinear()
		.domain(domainOf(xs, options.minSpan?.x ?? 0, options.include?.x))
		.nice(xTicks)
		.range([left, right]);
	const yScale = scaleLinear()
		.domain(domainOf(ys, options.minSpan?.y ?? 0, options.include?.y))
		.nice(yTicks)
		.range([bottom, top]);

	const formatX = options.formatX ?? xScale.tickFormat(xTicks);
	const formatY = options.formatY ?? yScale.tickFormat(yTicks);
	return {
		xScale,
		yScale,
		points: points.map((p) => ({
			id: p.id,
			cx: xScale(p.x),
			cy: yScale(p.y),
			xWhisker: finite(p.xLo) && finite(p.xHi) && p.xLo !== p.xHi ? [xScale(p.xLo), xScale(p.xHi)] : undefined,
			yWhisker: finite(p.yLo) && finite(p.yHi) && p.yLo !== p.yHi ? [yScale(p.yLo), yScale(p.yHi)] : undefined
		})),
		ticks: {
			x: xScale.ticks(xTicks).map((value) => ({ value, offset: xScale(value), label: formatX(value) })),
			y: yScale.ticks(yTicks).map((value) => ({ value, offset: yScale(value), label: formatY(value) }))
		},
		margin,
		plot
	};
}
