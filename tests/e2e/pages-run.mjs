#!/usr/bin/env node
// Standalone runner of tests/e2e/pages.mjs against the built site: `npm run build && node tests/e2e/pages-run.mjs`.
// Serves build/ on a free local port the way tests/e2e/run.mjs does (exact file, then .html, then
// /index.html; 404.html otherwise) and drives Chromium from $CHROMIUM_PATH, /usr/bin/chromium or
// /usr/bin/google-chrome. Prints one line per check and a final "N passed, N failed".

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { checkPages } from './pages.mjs';
import { BROWSER_ARGS, buildDir, ensureChromium, startServer } from './serve.mjs';

const isFile = (p) => existsSync(p) && statSync(p).isFile();

async function main() {
	if (!isFile(join(buildDir, 'index.html'))) throw new Error('build/index.html not found: run `npm run build` first.');
	const executablePath = ensureChromium();
	const server = await startServer();
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	const browser = await chromium.launch({
		executablePath,
		args: BROWSER_ARGS
	});
	try {
		const results = await checkPages(browser, origin, console.log);
		const passed = results.filter((r) => r.ok).length;
		console.log(`${passed} passed, ${results.length - passed} failed`);
		process.exitCode = passed === results.length ? 0 : 1;
	} finally {
		await browser.close();
		await new Promise((r) => server.close(r));
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
