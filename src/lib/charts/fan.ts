/**
 * A fan chart as a pure function: several series over years, each a line with optional 50 % and
 * 90 % bands, laid out on shared scales. Also serves overlaid lines (series without bands) and
 * difference charts (a zero line). No DOM: a Svelte component renders the result.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { DEFAULT_MARGIN, type Margin, type Size, type Tick } from './line';

/** One year of a series: the central value and, optionally, its bands. Non-finite values leave gaps. */
export interface FanPoint {
	x: number;
	y: number;
	lo50?: number;
	hi50?: number;
	lo90?: number;
	hi90?: number;
}

export interface FanSeries {
	id: string;
	points: readonly FanPoint[];
}

/** A series as a chart component draws it: its points, a legend label and how its line looks. */
export interface ChartSeries extends FanSeries {
	label: string;
	color: string;
	dashed?: boolean;
	/** Draw the line thinner and lighter (e.g. a first estimate). */
	provisional?: boolean;
}

export interface FanChartOptions {
	/** Include zero in the y domain (default false: the domain fits the data with a little room). */
	yIncludesZero?: boolean;
	/** Always show at least this y range (e.g. [0, 1] for shares); the data may extend it. */
	yMinDomain?: [number, number];
	/** The y domain never extends below this (e.g. 0 for months or money): padding stops there. */
	yFloor?: number;
	xTicks?: number;
	yTicks?: number;
	formatX?: (value: number) => string;
	formatY?: (value: number) => string;
	digits?: number;
}

export interface FanSeriesLayout {
	id: string;
	/** SVG path of the central line; '' when nothing to draw. */
	line: string;
	/** Closed area paths of the bands; '' when the series has no band there. */
	band50: string;
	band90: string;
	/** The last drawn point (for end labels), if any. */
	end?: { x: number; y: number; value: number };
}

export interface FanChart {
	xScale: ScaleLinear<number, number>;
	yScale: ScaleLinear<number, number>;
	series: FanSeriesLayout[];
	ticks: { x: Tick[]; y: Tick[] };
	margin: Margin;
	plot: { left: number; top: number; right: number; bottom: number; width: number; height: number };
	/** Pixel y of zero when zero is inside the domain (for difference charts). */
	zero?: number;
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

export function fanChart(series: readonly FanSeries[], size: Size, options: FanChartOptions = {}): FanChart {
	const margin: Margin = { ...DEFAULT_MARGIN, ...size.margin };
	const width = Math.max(0, size.width);
	const height = Math.max(0, size.height);
	const left = margin.left;
	const top = margin.top;
	const right = Math.max(left, width - margin.right);
	const bottom = Math.max(top, height - margin.bottom);
	const plot = { left, top, right, bottom, width: right - left, height: bottom - top };

	let x0 = Infinity;
	let x1 = -Infinity;
	let y0 = Infinity;
	let y1 = -Infinity;
	for (const s of series) {
		for (const p of s.points) {
			if (!Number.isFinite(p.x)) continue;
			for (const v of [p.y, p.lo50, p.hi50, p.lo90, p.hi90]) {
				if (!finite(v)) continue;
				x0 = Math.min(x0, p.x);
				x1 = Math.max(x1, p.x);
				y0 = Math.min(y0, v);
				y1 = Math.max(y1, v);
			}
		}
	}
	if (!Number.isFinite(x0)) [x0, x1] = [0, 1];
	if (!Number.isFinite(y0)) [y0, y1] = [0, 1];
	if (options.yMinDomain) {
		y0 = Math.min(y0, options.yMinDomain[0]);
		y1 = Math.max(y1, options.yMinDomain[1]);
	}
	if (options.yIncludesZero) {
		y0 = Math.min(0, y0);
		y1 = Math.max(0, y1);
	} else {
		const pad = (y1 - y0) * 0.08;
		y0 -= pad;
		y1 += pad;
	}
	if (y0 === y1) {
		const d = y0 === 0 ? 1 : Math.abs(y0) * 0.05;
		y0 -= d;
		y1 += d;
	}
	if (options.yFloor !== undefined) y0 = Math.max(y0, Math.min(options.yFloor, y1 - 1e-9));
	const yTicks = options.yTicks ?? 5;
	const xScale = scaleLinear().domain([x0, x1]).range([left, right]);
	const yScale = scaleLinear().domain([y0, y1]).nice(yTicks).range([bottom, top]);
	if (options.yFloor !== undefined && (yScale.domain()[0] as number) < options.yFloor) {
		yScale.domain([options.yFloor, yScale.domain()[1] as number]).nice(yTicks);
	}
	const digits = options.digits ?? 1;

	const layouts = series.map((s): FanSeriesLayout => {
		const central =
			line<FanPoint>()
				.defined((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
				.x((p) => xScale(p.x))
				.y((p) => yScale(p.y))
				.digits(digits)(s.points) ?? '';
		const bandPath = (lo: (p: FanPoint) => number | undefined, hi: (p: FanPoint) => number | undefined) => {
			if (!s.points.some((p) => finite(lo(p)) && finite(hi(p)) && lo(p) !== hi(p))) return '';
			return (
				area<FanPoint>()
					.defined((p) => Number.isFinite(p.x) && finite(lo(p)) && finite(hi(p)))
					.x((p) => xScale(p.x))
					.y0((p) => yScale(lo(p)!))
					.y1((p) => yScale(hi(p)!))
					.digits(digits)(s.points) ?? ''
			);
		};
		const last = [...s.points].reverse().find((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
		return {
			id: s.id,
			line: central,
			band50: bandPath((p) => p.lo50, (p) => p.hi50),
			band90: bandPath((p) => p.lo90, (p) => p.hi90),
			end: last ? { x: xScale(last.x), y: yScale(last.y), value: last.y } : undefined
		};
	});

	const formatX = options.formatX ?? ((v: number) => String(v));
	const formatY = options.formatY ?? yScale.tickFormat(yTicks);
	const [d0, d1] = yScale.domain() as [number, number];
	return {
		xScale,
		yScale,
		series: layouts,
		ticks: {
			x: xScale
				.ticks(options.xTicks ?? 6)
				.filter(Number.isInteger)
				.map((value) => ({ value, offset: xScale(value), label: formatX(value) })),
			y: yScale.ticks(yTicks).map((value) => ({ value, offset: yScale(value), label: formatY(value) }))
		},
		margin,
		plot,
		zero: d0 <= 0 && d1 >= 0 ? yScale(0) : undefined
	};
}
