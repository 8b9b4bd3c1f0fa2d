// docs/model.md rendered to HTML at build time (the page is prerendered; `marked` never ships).
import { renderModelDoc } from '$lib/client/trust/model-doc';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => renderModelDoc();
