// docs/model.md and its Danish translation rendered to HTML at build time (the page is
// prerendered; `marked` never ships). The page shows the one in the interface language.
import { MODEL_DOC_SOURCES, renderModelDoc } from '$lib/client/trust/model-doc';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	da: renderModelDoc(MODEL_DOC_SOURCES.da, 'Tabel'),
	en: renderModelDoc(MODEL_DOC_SOURCES.en, 'Table')
});
