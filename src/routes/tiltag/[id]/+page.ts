// Prerendered for every lever of the registry (the site is static: adapter-static, no server).
import { error } from '@sveltejs/kit';
import { LEVERS, LEVER_BY_ID } from '$lib/client/levers';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => LEVERS.map((lever) => ({ id: lever.id }));

export const load: PageLoad = ({ params }) => {
	const lever = LEVER_BY_ID.get(params.id);
	if (!lever) error(404, `No lever with id ${params.id}`);
	return { lever };
};
