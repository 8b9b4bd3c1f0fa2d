/**
 * A line chart as a pure function: data and size in, scales, an SVG path and axis ticks out.
 * No DOM: a Svelte component renders the result, and tests can check it in Node.
 */
import { extent, max, min } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** One point of a series; a non-finite `y` leaves a gap in the line. */
export interface Point {
	x: number;
	y: number;
}

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Outer size of the chart in CSS pixels; the margin holds the axes. */
export interface Size {
	width: number;
	height: number;
	margin?: Partial<Margin>;
}

export interface Tick {
	value: number;
	/** Position along the axis, in pixels from the SVG's left (x) or top (y) edge. */
	offset: number;
	label: string;
}

export interface LineChartOptions {
	/** Include zero in the y domain (default true: expenditure charts should not exaggerate change). */
	yIncludesZero?: boolean;
	/** Approximate numbers of ticks. */
	xTicks?: number;
	yTicks?: number;
	/** Keep only integer x ticks (years, counts). Default false. */
	xIntegerTicks?: boolean;
	/** Tick label formatters. The x default is `String(value)` (years print without grouping). */
	formatX?: (value: number) => string;
	formatY?: (value: number) => string;
	/** Decimal digits in the path string (default 2). */
	digits?: number;
}

export interface LineChart {
	xScale: ScaleLinear<number, number>;
	yScale: ScaleLinear<number, number>;
	/** SVG path `d` for the series; empty string when there is nothing to draw. */
	path: string;
	ticks: { x: Tick[]; y: Tick[] };
	margin: Margin;
	/** Plot area in pixels, inside the margin. */
	plot: { left: number; top: number; right: number; bottom: number; width: number; height: number };
}

export const DEFAULT_MARGIN: Margin = { top: 16, right: 16, bottom: 40, left: 56 };

const isDefined = (p: Point): boolean => Number.isFinite(p.x) && Number.isFinite(p.y);

/**
 * Lay out a single-series line chart.
 * The x domain spans the data exactly; the y domain is "niced" and includes zero unless told otherwise.
 */
export function lineChart(
	data: readonly Point[],
	size: Size,
	options: LineChartOptions = {}
): LineChart {
	const margin: Margin = { ...DEFAULT_MARGIN, ...size.margin };
	const width = Math.max(0, size.width);
	const height = Math.max(0, size.height);
	const plot = {
		left: margin.left,
		top: margin.top,
		right: Math.max(margin.left, width - margin.right),
		bottom: Math.max(margin.top, height - margin.bottom)
	};
	const plotBox = { ...plot, width: plot.right - plot.left, height: plot.bottom - plot.top };

	const points = data.filter(isDefined);
	const [x0, x1] = extent(points, (p) => p.x);
	let yLo = min(points, (p) => p.y) ?? 0;
	let yHi = max(points, (p) => p.y) ?? 1;
	if (options.yIncludesZero ?? true) {
		yLo = Math.min(0, yLo);
		yHi = Math.max(0, yHi);
	}
	if (yLo === yHi) {
		// A flat series still needs a visible band.
		yHi = yLo === 0 ? 1 : yLo + Math.abs(yLo) * 0.1;
	}

	const xScale = scaleLinear()
		.domain([x0 ?? 0, x1 ?? 1])
		.range([plot.left, plot.right]);
	const yScale = scaleLinear().domain([yLo, yHi]).nice(options.yTicks ?? 5).range([plot.bottom, plot.top]);

	const path =
		line<Point>()
			.defined(isDefined)
			.x((p) => xScale(p.x))
			.y((p) => yScale(p.y))
			.digits(options.digits ?? 2)(data) ?? '';

	const formatX = options.formatX ?? ((v: number) => String(v));
	const formatY = options.formatY ?? ((v: number) => yScale.tickFormat(options.yTicks ?? 5)(v));
	const xTickValues = xScale
		.ticks(options.xTicks ?? 6)
		.filter((v) => !options.xIntegerTicks || Number.isInteger(v));

	return {
		xScale,
		yScale,
		path,
		ticks: {
			x: xTickValues.map((value) => ({ value, offset: xScale(value), label: formatX(value) })),
			y: yScale
				.ticks(options.yTicks ?? 5)
				.map((value) => ({ value, offset: yScale(value), label: formatY(value) }))
		},
		margin,
		plot: plotBox
	};
}
