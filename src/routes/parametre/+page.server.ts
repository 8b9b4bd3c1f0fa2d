// Built at build time (the page is prerendered): the tables come from the engine's parameter modules.
import { parameterTables } from '$lib/client/trust/parameters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => parameterTables();
