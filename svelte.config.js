import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A fully static site: every route is prerendered (see src/routes/+layout.ts), no server, no SPA fallback.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		alias: {
			// The shared, real municipality data lives outside the repository and is bundled at build time
			// (never copied into the repo). Declared here, not only in vite.config.ts, so that Vite, Vitest
			// and TypeScript (svelte-check) all resolve it from one definition.
			$shareddata: '../shared/data'
		},
		typescript: {
			config(tsconfig) {
				// Type-check the engine and the CLI scripts together with the app
				// (src/, tests/ and vite.config.ts are included by SvelteKit already).
				tsconfig.include.push('../models/**/*.ts', '../scripts/**/*.ts');
			}
		}
	}
};

export default config;
