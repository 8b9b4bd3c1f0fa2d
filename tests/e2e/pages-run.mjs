#!/usr/bin/env node
// Standalone runner of tests/e2e/pages.mjs against the built site: `npm run build && node tests/e2e/pages-run.mjs`.
// Serves build/ on a free local port the way tests/e2e/run.mjs does (exact file, then .html, then
// /index.html; 404.html otherwise) and drives Chromium from $CHROMIUM_PATH, /usr/bin/chromium or
// /usr/bin/google-chrome. Prints one line per check and a final "N passed, N failed".

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checkPages } from './pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const buildDir = join(root, 'build');
const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};
const isFile = (p) => existsSync(p) && statSync(p).isFile();

function resolveFile(urlPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	const base = normalize(join(buildDir, decoded));
	if (base !== buildDir && !base.startsWith(buildDir + sep)) return undefined;
	for (const candidate of [base, `${base.replace(/[\\/]$/, '')}.html`, join(base, 'index.html')]) {
		if (isFile(candidate)) return candidate;
	}
	return undefined;
}

function startServer() {
	const server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = resolveFile(pathname);
		if (!file) {
			res.writeHead(404, { 'Content-Type': MIME['.html'] }).end('Not found');
			return;
		}
		res.writeHead(200, {
			'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
			'Content-Length': statSync(file).size,
			'Cache-Control': 'no-store'
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => ok(server));
	});
}

async function main() {
	if (!isFile(join(buildDir, 'index.html'))) throw new Error('build/index.html not found: run `npm run build` first.');
	const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
	if (!executablePath) throw new Error('Chromium not found: install it or set CHROMIUM_PATH.');
	const server = await startServer();
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
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
