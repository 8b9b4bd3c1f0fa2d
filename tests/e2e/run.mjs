#!/usr/bin/env node
// Browser tests against the built static site (build/), in headless Chromium driven by playwright-core.
// Run after `vite build`: `node tests/e2e/run.mjs`. Prints one line per test and a final "N passed, N failed".
//
// Chromium is looked up at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/google-chrome. If none is found and
// this runs as root on Debian/Ubuntu, the `chromium` package is installed with apt-get; otherwise it stops
// with a one-line instruction. Playwright never downloads browsers here.

import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const buildDir = join(root, 'build');
const resultsDir = join(root, 'test-results');
const CHART_TIMEOUT_MS = 60_000;
const EXPECTED_YEARS = 23; // 2018–2040

// ---------------------------------------------------------------------------------------------
// Chromium

function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'];
	return candidates.find((p) => p && existsSync(p));
}

function ensureChromium() {
	const explicit = process.env.CHROMIUM_PATH;
	if (explicit && !existsSync(explicit)) {
		fail(`CHROMIUM_PATH=${explicit} does not exist; point it at a Chromium or Chrome binary.`);
	}
	const found = findChromium();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.error('Chromium not found; installing the Debian "chromium" package with apt-get …');
		const r = spawnSync(
			'/bin/sh',
			['-c', 'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium'],
			{ stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }
		);
		const installed = findChromium();
		if (r.status === 0 && installed) return installed;
		fail('Installing chromium with apt-get failed; install it manually (apt-get install chromium) or set CHROMIUM_PATH.');
	}
	fail('Chromium not found: install it (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.');
}

function fail(message) {
	console.error(message);
	process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Static server for build/

const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.topojson': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json'
};

const isFile = (p) => existsSync(p) && statSync(p).isFile();

/** Map a URL path to a file in build/, as a static host would: exact file, then .html, then /index.html. */
function resolveFile(urlPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	const base = normalize(join(buildDir, decoded));
	if (base !== buildDir && !base.startsWith(buildDir + sep)) return undefined; // path traversal
	for (const candidate of [base, `${base.replace(/[\\/]$/, '')}.html`, join(base, 'index.html')]) {
		if (isFile(candidate)) return candidate;
	}
	return undefined;
}

function startServer() {
	const server = createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = resolveFile(pathname);
		if (!file) {
			const notFound = join(buildDir, '404.html');
			res.writeHead(404, { 'Content-Type': MIME['.html'] });
			if (req.method === 'HEAD' || !isFile(notFound)) res.end('Not found');
			else createReadStream(notFound).pipe(res);
			return;
		}
		res.writeHead(200, {
			'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
			'Content-Length': statSync(file).size,
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff'
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	return new Promise((resolveServer, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolveServer(server));
	});
}

// ---------------------------------------------------------------------------------------------
// Tests

const results = [];

async function test(name, fn) {
	try {
		await fn();
		results.push({ name, ok: true });
		console.log(`ok    ${name}`);
	} catch (error) {
		results.push({ name, ok: false });
		console.log(`FAIL  ${name}`);
		console.log(`      ${String(error instanceof Error ? error.message : error).split('\n').join('\n      ')}`);
	}
}

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** Number of vertices in a path made of M/L commands (d3's linear curve). */
function countVertices(d) {
	return (d.match(/[ML]/g) ?? []).length;
}

async function main() {
	if (!existsSync(join(buildDir, 'index.html'))) {
		fail('build/index.html not found: run `npm run build` first (or `npm run test:e2e`).');
	}
	const executablePath = ensureChromium();
	const server = await startServer();
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

	const browser = await chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});

	try {
		const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'da-DK' });
		const page = await context.newPage();
		page.setDefaultTimeout(10_000); // the one long wait (the simulation) sets its own timeout

		const consoleErrors = [];
		const pageErrors = [];
		const foreignRequests = [];
		const failedRequests = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') consoleErrors.push(msg.text());
		});
		page.on('pageerror', (error) => pageErrors.push(error.message));
		context.on('request', (request) => {
			const url = request.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (new URL(url).origin !== origin) foreignRequests.push(url);
		});
		context.on('requestfailed', (request) => failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
		context.on('response', (response) => {
			if (response.status() >= 400) failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
		});
		// Workers' console output and errors count too.
		page.on('worker', (worker) => {
			worker.on('console', (msg) => {
				if (msg.type() === 'error') consoleErrors.push(`[worker] ${msg.text()}`);
			});
		});

		await test('the home page loads with the product name in its header', async () => {
			const response = await page.goto(`${origin}/`, { waitUntil: 'load' });
			assert(response?.ok(), `GET / answered HTTP ${response?.status()}`);
			const header = await page.locator('header').innerText();
			assert(header.includes('Socialområdets politiksimulator'), `header text was: ${header}`);
			const lang = await page.locator('html').getAttribute('lang');
			assert(lang === 'da', `html lang was ${lang}`);
		});

		await test(`the worker runs a baseline replication and the chart draws a line of ${EXPECTED_YEARS} yearly points`, async () => {
			const outcome = page.locator('[data-testid="series-line"], [role="alert"]').first();
			await outcome.waitFor({ state: 'attached', timeout: CHART_TIMEOUT_MS });
			const alert = page.locator('[role="alert"]');
			if ((await alert.count()) > 0) throw new Error(`the page shows an error: ${await alert.innerText()}`);
			const d = (await page.locator('[data-testid="series-line"]').getAttribute('d')) ?? '';
			assert(countVertices(d) === EXPECTED_YEARS, `the path has ${countVertices(d)} vertices: "${d.slice(0, 120)}…"`);
			assert(!/NaN|Infinity/.test(d), `the path contains non-finite coordinates: "${d.slice(0, 120)}…"`);
		});

		await test('the chart has a title stating unit and time frame, and a data table with one row per year', async () => {
			const title = await page.locator('figure.chart h2').innerText();
			assert(/mia\. kr\./.test(title) && /2023-priser/.test(title) && /2018–2040/.test(title), `title was: ${title}`);
			const rows = await page.locator('[data-testid="chart-table"] tbody tr').count();
			assert(rows === EXPECTED_YEARS, `the data table has ${rows} rows`);
			const firstRow = await page.locator('[data-testid="chart-table"] tbody tr').first().innerText();
			assert(/^2018\s+\d+,\d\s+Historik/.test(firstRow), `first table row was: ${firstRow}`);
		});

		await test('the page logs no console errors and throws no page errors', async () => {
			assert(pageErrors.length === 0, `page errors:\n${pageErrors.join('\n')}`);
			assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
			assert(failedRequests.length === 0, `failed requests:\n${failedRequests.join('\n')}`);
		});

		await test('the page requests nothing from any origin other than the local server', async () => {
			assert(foreignRequests.length === 0, `foreign requests:\n${foreignRequests.join('\n')}`);
		});

		mkdirSync(resultsDir, { recursive: true });
		await page.screenshot({ path: join(resultsDir, 'home.png'), fullPage: true });
		await context.close();
	} finally {
		await browser.close();
		await new Promise((r) => server.close(r));
	}

	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	console.log(`${passed} passed, ${failed} failed`);
	process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
	console.error(error);
	console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
	process.exit(1);
});
