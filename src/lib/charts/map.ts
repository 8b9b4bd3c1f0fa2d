/**
 * The municipality map as a pure function: the TopoJSON of the 98 municipalities and a size in, one
 * projected SVG path per municipality out (plus the region borders and an inset box for Bornholm).
 * No DOM: a Svelte component renders the result, and tests check it in Node.
 *
 * Projection: transverse Mercator about 9° E (like UTM zone 32, the usual projection of Danish maps),
 * fitted to the area with `fitExtent`. Bornholm (code 400) lies far to the east, so it is drawn at the
 * same scale in an inset box in the top-right corner (the empty Kattegat), as Danish maps usually do.
 *
 * The colour classes of a choropleth are here too (`choroplethScale`): equal-width classes over a
 * "nice" domain, so a legend can state round limits and colours mean the same in every year.
 */
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { scaleQuantile, scaleQuantize, scaleThreshold } from 'd3-scale';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of a municipality in `dk_kommuner.topojson` (see shared/data/README.md). */
export interface MunicipalityProperties {
	kode: string;
	navn: string;
	regionskode: string;
	region: string;
	areal_km2: number;
}

export interface RegionProperties {
	regionskode: string;
	region: string;
}

/** The shared data's topology: objects `kommuner` (98) and `regioner` (5). */
export type DenmarkTopology = Topology<{
	kommuner: GeometryCollection<MunicipalityProperties>;
	regioner: GeometryCollection<RegionProperties>;
}>;

export interface MapSize {
	width: number;
	height: number;
	/** Free space around the map, in pixels (default 8). */
	padding?: number;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface MunicipalityShape {
	code: string;
	name: string;
	regionCode: string;
	region: string;
	/** SVG path `d`, in the map's pixel space. */
	d: string;
	/** Projected centroid [x, y]. */
	centroid: [number, number];
	/** Projected bounds [[x0, y0], [x1, y1]]. */
	bounds: [[number, number], [number, number]];
	/** Drawn in the inset box (Bornholm), not at its true place. */
	inset: boolean;
}

export interface MapLayout {
	width: number;
	height: number;
	/** In the topology's order (by code, as in the file). */
	municipalities: MunicipalityShape[];
	/** Borders between regions (a mesh of the `regioner` object, shared arcs only), as one SVG path. */
	regionBorders: string;
	/** The inset box for Bornholm. */
	inset: Box;
}

export interface MapOptions {
	/** Municipality codes drawn in the inset box (default Bornholm, "400"). */
	insetCodes?: readonly string[];
	/** Decimal digits in the path strings (default 1). */
	digits?: number;
}

/** Bornholm. Christiansø (411) is not a municipality and is not in the data. */
export const DEFAULT_INSET_CODES: readonly string[] = ['400'];

/** Space between the inset's content and its box, in pixels. */
const INSET_PADDING = 6;

const projection = (): GeoProjection => geoTransverseMercator().rotate([-9, 0]);

/**
 * Lay out the map of Denmark's municipalities in a `width` × `height` area.
 * Every municipality gets a non-empty path; those in `insetCodes` are drawn inside `inset`.
 */
export function denmarkMap(topology: DenmarkTopology, size: MapSize, options: MapOptions = {}): MapLayout {
	const width = Math.max(1, size.width);
	const height = Math.max(1, size.height);
	const pad = size.padding ?? 8;
	const insetCodes = new Set(options.insetCodes ?? DEFAULT_INSET_CODES);
	const digits = options.digits ?? 1;

	const all = feature(topology, topology.objects.kommuner);
	const mainland = { type: 'FeatureCollection' as const, features: all.features.filter((f) => !insetCodes.has(f.properties.kode)) };
	const insetFeatures = { type: 'FeatureCollection' as const, features: all.features.filter((f) => insetCodes.has(f.properties.kode)) };

	const main = projection().fitExtent(
		[
			[pad, pad],
			[width - pad, height - pad]
		],
		mainland
	);
	const mainPath = geoPath(main).digits(digits);

	// The inset: the same scale as the main map, centred in a box in the top-right corner.
	const side = projection().scale(main.scale()).translate([0, 0]);
	let inset: Box = { x: width - pad, y: pad, width: 0, height: 0 };
	let insetPath = mainPath;
	if (insetFeatures.features.length > 0) {
		const [[x0, y0], [x1, y1]] = geoPath(side).bounds(insetFeatures);
		const boxWidth = x1 - x0 + 2 * INSET_PADDING;
		const boxHeight = y1 - y0 + 2 * INSET_PADDING;
		inset = { x: width - pad - boxWidth, y: pad, width: boxWidth, height: boxHeight };
		side.translate([inset.x + INSET_PADDING - x0, inset.y + INSET_PADDING - y0]);
		insetPath = geoPath(side).digits(digits);
	}

	const municipalities = all.features.map((f): MunicipalityShape => {
		const isInset = insetCodes.has(f.properties.kode);
		const path = isInset ? insetPath : mainPath;
		return {
			code: f.properties.kode,
			name: f.properties.navn,
			regionCode: f.properties.regionskode,
			region: f.properties.region,
			d: path(f) ?? '',
			centroid: path.centroid(f),
			bounds: path.bounds(f),
			inset: isInset
		};
	});

	const borders = mesh(topology, topology.objects.regioner, (a, b) => a !== b);
	return { width, height, municipalities, regionBorders: mainPath(borders) ?? '', inset };
}

// ---------------------------------------------------------------------------------------------
// Choropleth classes

/** A sequential blue palette (after ColorBrewer "Blues", the lightest class darkened to stand out from a white page): light = low, dark = high. */
export const SEQUENTIAL_BLUES = ['#d6e6f5', '#9ecae1', '#5fa2d0', '#2f78b7', '#08467f'] as const;
/** Fill for a municipality without a value (e.g. no placements that year). */
export const NO_DATA_FILL = '#d0d4d9';

export interface LegendClass {
	/** Lower and upper limit of the class (the last class includes its upper limit). */
	from: number;
	to: number;
	color: string;
}

export interface Choropleth {
	/** Fill colour of a value; `NO_DATA_FILL` for a non-finite value. */
	color: (value: number) => string;
	/** The classes in ascending order, for a legend. */
	classes: LegendClass[];
	domain: [number, number];
}

export interface ChoroplethOptions {
	/**
	 * `quantile` (default): classes with about equal numbers of values, limits rounded to a tenth of the
	 * power of ten below the mean class width, so a few outliers do not wash out the map. `equal`: equal-width classes over
	 * the "nice" extent (use with `symmetric` for differences).
	 */
	method?: 'quantile' | 'equal';
	/**
	 * Make the domain symmetric about zero (`equal` only), at the 95th percentile of |value|: for
	 * differences with a diverging palette. The end classes take the values beyond it.
	 */
	symmetric?: boolean;
}

/** Round a class limit to a multiple of `step`. */
export function roundLimit(value: number, step: number): number {
	if (!Number.isFinite(value) || !(step > 0)) return value;
	return Number((Math.round(value / step) * step).toPrecision(12));
}

/** The rounding step of class limits: a tenth of the power of ten below the mean class width. */
export function limitStep(span: number, classes: number): number {
	return span > 0 ? Math.pow(10, Math.floor(Math.log10(span / classes)) - 1) : 1;
}

/**
 * Colour classes for the values (non-finite values ignored). Pass every year's values to keep the
 * colours comparable across years.
 */
export function choroplethScale(
	values: Iterable<number>,
	palette: readonly string[] = SEQUENTIAL_BLUES,
	options: ChoroplethOptions = {}
): Choropleth {
	const finite: number[] = [];
	for (const v of values) if (Number.isFinite(v)) finite.push(v);
	let lo = finite.length > 0 ? Math.min(...finite) : 0;
	let hi = finite.length > 0 ? Math.max(...finite) : 1;
	const extent: [number, number] = [lo, hi];
	if (options.symmetric) {
		// The 95th percentile of |value|: a few outliers fall in the end classes instead of
		// squeezing everyone else into the middle one.
		const magnitudes = finite.map(Math.abs).sort((a, b) => a - b);
		const m = magnitudes.length > 0 ? magnitudes[Math.min(magnitudes.length - 1, Math.floor(0.95 * magnitudes.length))]! : 0;
		[lo, hi] = [-m, m];
	}
	if (lo === hi) hi = lo === 0 ? 1 : lo + Math.abs(lo) * 0.1;

	let limits: number[] = [];
	if ((options.method ?? 'quantile') === 'quantile' && finite.length >= palette.length) {
		finite.sort((a, b) => a - b);
		const q = scaleQuantile<string>().domain(finite).range([...palette]);
		const step = limitStep(hi - lo, palette.length);
		limits = [...new Set(q.quantiles().map((t) => roundLimit(t, step)))].filter((t) => t > lo && t < hi).sort((a, b) => a - b);
	}
	if (limits.length !== palette.length - 1) {
		const equal = scaleQuantize<string>().domain([lo, hi]).nice(palette.length).range([...palette]);
		[lo, hi] = equal.domain() as [number, number];
		limits = equal.thresholds();
	}
	const scale = scaleThreshold<number, string>().domain(limits).range([...palette]);
	const bounds = [Math.min(lo, extent[0]), ...limits, Math.max(hi, extent[1])];
	const classes = palette.map((color, k) => ({ from: bounds[k]!, to: bounds[k + 1]!, color }));
	return {
		color: (value) => (Number.isFinite(value) ? scale(value) : NO_DATA_FILL),
		classes,
		domain: [bounds[0]!, bounds[bounds.length - 1]!]
	};
}
