import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The engine runs in module workers (src/lib/client/engine.worker.ts).
	worker: { format: 'es' },
	build: {
		// SvelteKit's prerender step always dominates the build; Rolldown's timing report on it is noise.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	server: {
		fs: {
			// `$shareddata` (kit.alias in svelte.config.js) points at ../shared/data, outside the project
			// root: let the dev server read it. Production builds bundle the JSON, nothing is served from there.
			allow: ['..']
		}
	},
	test: {
		environment: 'node',
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**']
	}
});
