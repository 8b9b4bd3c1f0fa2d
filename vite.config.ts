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
		// Timeouts here catch hangs, not slowness: on a loaded 2-core CI host a small-world test that
		// takes 0.4 s alone was measured at 12.5 s (CI of 88cd479), past Vitest's 5 s default.
		testTimeout: 120_000,
		hookTimeout: 120_000,
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**']
	}
});
