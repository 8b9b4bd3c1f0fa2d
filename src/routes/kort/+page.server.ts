// The map's geometry is projected at build time (the page is prerendered): the browser gets ready
// SVG paths, not the TopoJSON and the projection code.
import topologyText from '$shareddata/dk_kommuner.topojson?raw';
import rows from '$shareddata/dk_kommuner.json';
import { denmarkMap, type DenmarkTopology } from '$lib/charts/map';
import type { PageServerLoad } from './$types';

/** The map's coordinate space; the SVG scales to its container through its viewBox. */
const MAP_SIZE = { width: 620, height: 700, padding: 6 };

export const load: PageServerLoad = () => {
	const topology = JSON.parse(topologyText) as DenmarkTopology;
	const layout = denmarkMap(topology, MAP_SIZE);
	const population: Record<string, number> = {};
	for (const row of rows) population[row.kode] = row.befolkning_2020K1;
	return { layout, population };
};
