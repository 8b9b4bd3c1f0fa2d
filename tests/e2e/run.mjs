#!/usr/bin/env node
// Browser tests against the built static site (build/), in headless Chromium driven by playwright-core.
// Run after `vite build`: `node tests/e2e/run.mjs`. Prints one line per test and a final "N passed, N failed".
//
// Chromium is looked up at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/google-chrome. If none is found and
// this runs as root on Debian/Ubuntu, the `chromium` package is installed with apt-get; otherwise it stops
// with a one-line instruction. Playwright never downloads browsers here.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, buildDir, ensureChromium, fail, startServer } from './serve.mjs';
import { checkPages, selected } from './pages.mjs';
import { checkExplainers } from './explainers.mjs';
import { checkExports } from './exports.mjs';
import { checkShare } from './share.mjs';
import { checkKeyboard } from './keyboard.mjs';
import { checkPresenter } from './present.mjs';
import { chartValues, leverState, sameAsCli, setLever, tableRowCount, simulateCli, waitForState } from './explore-helpers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = join(root, 'test-results');
const CHART_TIMEOUT_MS = 60_000;
/** Full-scale replications take seconds each (more on a loaded machine): generous waits for them. */
const FULL_RUN_TIMEOUT_MS = 240_000;
const EXPECTED_YEARS = 23; // 2018–2040
const LATENCY_LIMIT_MS = 500;


// ---------------------------------------------------------------------------------------------
// Tests

const results = [];

/** E2E_ONLY=text runs only the tests whose names contain it (`a|b`: either), for debugging. */
const only = process.env.E2E_ONLY;

async function test(name, fn) {
	if (!selected(name, only)) return;
	const started = Date.now();
	try {
		await fn();
		results.push({ name, ok: true });
		console.log(`ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Watch a page for console errors, page errors, failed and foreign requests, including its workers. */
function watch(context, page, origin, sink) {
	page.on('console', (msg) => {
		if (msg.type() === 'error') sink.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => sink.pageErrors.push(error.message));
	page.on('worker', (worker) => {
		worker.on('console', (msg) => {
			if (msg.type() === 'error') sink.consoleErrors.push(`[worker] ${msg.text()}`);
		});
	});
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) sink.foreignRequests.push(url);
	});
	context.on('requestfailed', (request) => {
		// A worker replaced while its script loads (latest wins) or a page closed mid-load aborts the fetch: not a failure.
		if (request.failure()?.errorText === 'net::ERR_ABORTED' && /\/workers\//.test(request.url())) return;
		sink.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
	});
	context.on('response', (response) => {
		if (response.status() >= 400) sink.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
	});
}

/** Count long tasks (> 50 ms, the browser's definition) from page start; read with `longTasks(page)`. */
const LONG_TASK_PROBE = `
	window.__longTasks = [];
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
`;

/** Click a lever's setting and time until the total-spending chart is redrawn with new, current values. */
async function timeRedraw(page, id, setting) {
	return page.evaluate(
		([id, setting]) => {
			const fig = document.querySelector('[data-testid="chart-spend_total"]');
			const paths = () => [...fig.querySelectorAll('path.line')].map((p) => p.getAttribute('d')).join('|');
			const before = paths();
			const input = document.querySelector(`fieldset[data-lever="${id}"] input[value="${setting}"]`);
			input.closest('details').open = true;
			return new Promise((resolve, reject) => {
				const t0 = performance.now();
				const timer = setTimeout(() => reject(new Error(`no redraw within 10 s after setting ${id}=${setting}`)), 10_000);
				const obs = new MutationObserver(() => {
					if (fig.getAttribute('aria-busy') === 'true' || paths() === before) return;
					obs.disconnect();
					clearTimeout(timer);
					resolve(performance.now() - t0);
				});
				obs.observe(fig, { subtree: true, attributes: true, childList: true });
				input.click();
			});
		},
		[id, setting]
	);
}

async function main() {
	if (!existsSync(join(buildDir, 'index.html'))) {
		fail('build/index.html not found: run `npm run build` first (or `npm run test:e2e`).');
	}
	mkdirSync(resultsDir, { recursive: true });
	const executablePath = ensureChromium();
	const server = await startServer();
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

	const browser = await chromium.launch({
		executablePath,
		args: BROWSER_ARGS
	});
	const sink = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
	const newPage = async (viewport = { width: 1440, height: 900 }) => {
		const context = await browser.newContext({ viewport, locale: 'da-DK' });
		await context.addInitScript(LONG_TASK_PROBE);
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		watch(context, page, origin, sink);
		return { context, page };
	};

	try {
		// ---- Explore: first estimate, lever changes, latency (no full-scale runs: ?runs=0) -------------
		const { context, page } = await newPage();

		await test('the explore page loads in Danish with the product name and the lever panel', async () => {
			const response = await page.goto(`${origin}/?runs=0`, { waitUntil: 'load' });
			assert(response?.ok(), `GET / answered HTTP ${response?.status()}`);
			const header = await page.locator('header.site-header').innerText();
			assert(header.includes('Socialområdets politiksimulator'), `header text was: ${header}`);
			assert((await page.locator('html').getAttribute('lang')) === 'da', 'html lang is not da');
			const levers = await page.locator('fieldset[data-lever]').count();
			assert(levers >= 19, `only ${levers} levers in the panel`);
			const groups = await page.locator('details.group summary').allInnerTexts();
			assert(groups.some((g) => g.includes('Kap. 2')) && groups.some((g) => g.includes('Første rapport')), `groups: ${groups.join(' | ')}`);
			const presets = await page.locator('button[data-preset]').count();
			assert(presets >= 2, `only ${presets} presets`);
		});

		await test(`a first estimate draws the total-spending chart with ${EXPECTED_YEARS} yearly points and a summary sentence`, async () => {
			await waitForState(page, ['done', 'estimate', 'partial'], CHART_TIMEOUT_MS);
			const d = (await page.locator('[data-testid="chart-spend_total"] path.line').first().getAttribute('d')) ?? '';
			assert(countVertices(d) === EXPECTED_YEARS, `the path has ${countVertices(d)} vertices`);
			assert(!/NaN|Infinity/.test(d), 'the path contains non-finite coordinates');
			const summary = await page.locator('[data-testid="summary"]').innerText();
			assert(/2035/.test(summary) && /mia\. kr\./.test(summary), `summary was: ${summary}`);
		});

		await test('every chart states its unit and time frame and has a table of its figures', async () => {
			const titles = await page.locator('figure.chart .title').allInnerTexts();
			assert(titles.length >= 9, `only ${titles.length} charts`);
			for (const title of titles.filter((t) => !t.includes('2035'))) {
				assert(/2018–2040/.test(title) && /,/.test(title), `title without unit or time frame: ${title}`);
			}
			assert(titles.some((t) => /mia\. kr\. \(2023-priser\)/.test(t)), 'no chart in bn DKK');
			const rows = await tableRowCount(page, 'chart-spend_total');
			assert(rows === EXPECTED_YEARS, `the spending table has ${rows} rows`);
		});

		const latencies = [];
		await test(`changing a lever redraws the charts and the summary within ${LATENCY_LIMIT_MS} ms`, async () => {
			const before = await page.locator('[data-testid="summary"]').innerText();
			const engine = [];
			for (const [id, setting] of [['r2_4', 'proposed'], ['r2_3', 'proposed'], ['r2_4', 'off'], ['r6_1', 'proposed'], ['r2_3', 'off']]) {
				latencies.push(await timeRedraw(page, id, setting));
				engine.push(Number(await page.locator('[data-testid="status"]').getAttribute('data-estimate-ms')));
				await page.waitForTimeout(300);
			}
			console.log(`      first redraw after a lever change: ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median(latencies).toFixed(0)} ms); engine time of each estimate: ${engine.join(', ')} ms`);
			const after = await page.locator('[data-testid="summary"]').innerText();
			assert(after !== before && /basisscenariet/.test(after), `summary did not change: ${after}`);
			const series = await page.locator('[data-testid="chart-spend_total"] path.line').count();
			assert(series === 2, `expected scenario and baseline lines, found ${series}`);
			assert(median(latencies) < LATENCY_LIMIT_MS, `median latency ${median(latencies).toFixed(0)} ms`);
		});

		await test('the main thread has no long task over 100 ms while levers change', async () => {
			const longTasksSince = async (since) => (await page.evaluate(() => window.__longTasks)).filter((t) => t.start > since);
			const over = (tasks) => tasks.filter((t) => t.duration > 100);
			const list = (tasks) => tasks.map((t) => `${t.duration.toFixed(0)} ms`).join(', ') || 'none';
			const firstChart = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0);
			const first = await longTasksSince(firstChart + 5000);
			console.log(`      long tasks after load: ${list(first)}`);
			if (over(first).length === 0) return;
			// A stall of the CI host (a virtual machine on a shared one) stretches whatever task is running:
			// in one CI run a first estimate took 371 ms against about 100 and a task 213 ms. A second round
			// of six lever changes (ending in the same settings) tells a stall from a page that blocks: the
			// test fails only if that round has a long task too.
			const since = await page.evaluate(() => performance.now());
			const round = [['r6_1', 'off'], ['r2_4', 'proposed'], ['r2_3', 'proposed'], ['r2_4', 'off'], ['r2_3', 'off'], ['r6_1', 'proposed']];
			for (const [id, setting] of round) {
				await timeRedraw(page, id, setting);
				await page.waitForTimeout(300);
			}
			await page.waitForTimeout(1500);
			const second = await longTasksSince(since);
			console.log(`      second round of lever changes: long tasks ${list(second)}`);
			assert(over(second).length === 0, `long tasks in both rounds: ${list(over(first))}; then ${list(over(second))}`);
		});

		await test('the first estimate is identical to the command line with the same scenario, seed and sample', async () => {
			await setLever(page, 'r2_4', 'proposed');
			await waitForState(page, ['estimate', 'done'], CHART_TIMEOUT_MS);
			const levers = await leverState(page);
			const file = join(resultsDir, 'e2e-scenario.json');
			writeFileSync(file, JSON.stringify({ schemaVersion: 2, id: 'e2e', title: 'e2e', seed: 7, levers: Object.fromEntries(Object.entries(levers).map(([k, v]) => [k, { setting: v }])) }));
			const cli = simulateCli(file, ['--runs', '1', '--sample', '0.01']);
			const app = (await chartValues(page))['chart-spend_total-table'].map((row) => row[0]);
			const expected = cli.indicators.spend_total.p50;
			const mismatches = app.map((v, i) => (sameAsCli(v, expected[i]) ? null : `${2018 + i}: app ${v}, CLI ${expected[i]}`)).filter(Boolean);
			assert(app.length === EXPECTED_YEARS && mismatches.length === 0, mismatches.slice(0, 5).join('\n'));
		});

		await test('the language switch shows the page in English and back in Danish', async () => {
			await page.getByRole('button', { name: 'English' }).click();
			await page.waitForFunction(() => document.documentElement.lang === 'en');
			const h1 = await page.locator('h1').innerText();
			assert(h1 === 'Explore policies', `h1 was ${h1}`);
			const summary = await page.locator('[data-testid="summary"]').innerText();
			assert(/Spending in 2035|Baseline/.test(summary), `summary was: ${summary}`);
			await page.getByRole('button', { name: 'Dansk' }).click();
			await page.waitForFunction(() => document.documentElement.lang === 'da');
		});
		await context.close();

		// ---- Twenty rapid changes end where a fresh computation of the final settings ends (?runs=1) ------
		await test('twenty rapid lever changes end with charts equal to a fresh computation of the final settings, and to the CLI', async () => {
			const a = await newPage();
			await a.page.goto(`${origin}/?runs=1`);
			await waitForState(a.page, ['estimate', 'partial', 'done'], CHART_TIMEOUT_MS);
			const sequence = ['r2_3', 'r2_4', 'r2_6', 'r4_2', 'r6_1'];
			for (let i = 0; i < 20; i++) {
				const id = sequence[i % sequence.length];
				const current = await a.page.locator(`fieldset[data-lever="${id}"] input:checked`).getAttribute('value');
				await setLever(a.page, id, current === 'off' ? 'proposed' : 'off');
				await a.page.waitForTimeout(20 + (i % 3) * 40);
			}
			const final = await leverState(a.page);
			await waitForState(a.page, 'done', FULL_RUN_TIMEOUT_MS);
			const rapid = await chartValues(a.page);
			await a.context.close();

			const b = await newPage();
			await b.page.goto(`${origin}/?runs=1`);
			await waitForState(b.page, ['estimate', 'partial', 'done'], CHART_TIMEOUT_MS);
			for (const [id, setting] of Object.entries(final)) await setLever(b.page, id, setting);
			assert(JSON.stringify(await leverState(b.page)) === JSON.stringify(final), 'could not reproduce the final settings');
			await waitForState(b.page, 'done', FULL_RUN_TIMEOUT_MS);
			const fresh = await chartValues(b.page);
			await b.context.close();
			assert(Object.keys(rapid).length >= 8, `only ${Object.keys(rapid).length} chart tables`);
			assert(JSON.stringify(rapid) === JSON.stringify(fresh), 'the charts after rapid changes differ from a fresh computation');

			const file = join(resultsDir, 'e2e-final.json');
			writeFileSync(file, JSON.stringify({ schemaVersion: 2, id: 'e2e-final', title: 'e2e', seed: 7, levers: Object.fromEntries(Object.entries(final).map(([k, v]) => [k, { setting: v }])) }));
			const cli = simulateCli(file, ['--runs', '1']);
			const expected = cli.indicators.spend_total.p50;
			const app = fresh['chart-spend_total-table'].map((row) => row[0]);
			const mismatches = app.map((v, i) => (sameAsCli(v, expected[i]) ? null : `${2018 + i}: app ${v}, CLI ${expected[i]}`)).filter(Boolean);
			assert(mismatches.length === 0, `full-scale replication 0 differs from the CLI:\n${mismatches.slice(0, 5).join('\n')}`);
		});

		// ---- Bands fill in with progress (?runs=3) ----------------------------------------------------
		await test('full-scale runs fill in the bands with a visible progress count', async () => {
			const { context: c, page: p } = await newPage();
			await p.goto(`${origin}/?runs=3`);
			await waitForState(p, ['estimate', 'partial', 'done'], CHART_TIMEOUT_MS);
			const t0 = Date.now();
			await p.waitForFunction(() => /af 3 kørsler/.test(document.querySelector('[data-testid="progress"]')?.textContent ?? ''));
			await waitForState(p, 'done', FULL_RUN_TIMEOUT_MS);
			console.log(`      3 full-scale baseline runs done ${((Date.now() - t0) / 1000).toFixed(1)} s after the first estimate`);
			const bands = await p.locator('[data-testid="chart-spend_total"] path.band').count();
			assert(bands === 2, `expected a 50 % and a 90 % band, found ${bands}`);
			const progress = await p.locator('[data-testid="progress"]').innerText();
			assert(progress === 'Alle 3 kørsler færdige', `progress was: ${progress}`);
			const summary = await p.locator('[data-testid="summary"]').innerText();
			assert(/90 %/.test(summary), `the summary gives no interval: ${summary}`);
			await p.screenshot({ path: join(resultsDir, 'explore-desktop.png'), fullPage: false });
			await p.screenshot({ path: join(resultsDir, 'explore-desktop-full.png'), fullPage: true });
			await c.close();
		});

		// ---- The spare core: lent while the reader is idle, taken back at the next input (?runs=8) ----
		await test('the spare core runs one more full-scale worker while the reader is idle and is taken back at a click', async () => {
			const { context: c, page: p } = await newPage();
			await p.goto(`${origin}/?runs=8`);
			await waitForState(p, ['estimate', 'partial', 'done'], CHART_TIMEOUT_MS);
			// One estimate worker and one full-scale worker per core but one (src/lib/client/pool.ts).
			const cores = await p.evaluate(() => navigator.hardwareConcurrency || 2);
			const pool = 1 + Math.max(1, Math.min(8, cores) - 1);
			const workersBecome = async (n, what) => {
				const until = Date.now() + 8000;
				while (p.workers().length !== n && Date.now() < until) await p.waitForTimeout(50);
				assert(p.workers().length === n, `${what}: ${p.workers().length} workers, expected ${n}`);
			};
			// Twice: each time the spare worker is new, so 150 ms after it appears it is building its 2018
			// world. Workers build the world in slices and run in monthly tasks (worker-engine.ts,
			// models/init/initialise.ts createWorldSteps), so a terminated one stops within a slice: in one
			// long task Chromium let it run on for up to 2 s (1,020–1,448 ms measured with the world built
			// in one piece, 128–263 ms in slices).
			const reclaimed = [];
			for (const lever of ['r2_3', 'r2_4']) {
				// Each click makes a new scenario, whose full-scale runs keep the spare wanted.
				await workersBecome(pool + 1, 'after 3 s without input');
				await p.waitForTimeout(150);
				await p.locator(`fieldset[data-lever="${lever}"]`).evaluate((fs) => (fs.closest('details').open = true));
				const clicked = Date.now();
				await p.locator(`fieldset[data-lever="${lever}"] input[value="proposed"]`).click();
				await workersBecome(pool, 'after a click');
				reclaimed.push(Date.now() - clicked);
			}
			for (const ms of reclaimed) assert(ms < 1000, `the spare worker ran on for ${ms} ms after the click`);
			await workersBecome(pool + 1, 'after 3 s without input again');
			console.log(`      workers: ${pool} while the reader works, ${pool + 1} while idle; the spare was gone ${reclaimed.join(' and ')} ms after the clicks`);
			await c.close();
		});

		// ---- Save, compare, reload ----------------------------------------------------------------
		await test('a saved scenario appears on the compare page and survives a reload', async () => {
			const { context: c, page: p } = await newPage();
			await p.goto(`${origin}/?runs=0`);
			await waitForState(p, ['estimate', 'done'], CHART_TIMEOUT_MS);
			await setLever(p, 'r2_4', 'proposed');
			await waitForState(p, ['estimate', 'done'], CHART_TIMEOUT_MS);
			await p.getByLabel('Navn på scenariet').fill('Takstpakke');
			await p.getByRole('button', { name: 'Gem', exact: true }).click();
			await p.getByText('Gemt som »Takstpakke«.').waitFor();
			await setLever(p, 'r6_1', 'proposed');
			await p.getByLabel('Navn på scenariet').fill('Takst og recovery');
			await p.getByRole('button', { name: 'Gem', exact: true }).click();
			await p.getByText('Gemt som »Takst og recovery«.').waitFor();

			await p.getByRole('link', { name: 'Sammenlign', exact: true }).click();
			await p.waitForURL(/\/compare/);
			await p.locator('[data-testid="compare-table"]').waitFor({ timeout: CHART_TIMEOUT_MS });
			await p.waitForFunction(() => document.querySelectorAll('[data-testid="chart-compare-overlay"] path.line').length === 3, null, { timeout: CHART_TIMEOUT_MS });
			const head = await p.locator('[data-testid="compare-table"] thead').innerText();
			assert(head.includes('Takstpakke') && head.includes('Takst og recovery'), `table head: ${head}`);
			const rows = await p.locator('[data-testid="compare-table"] tbody tr').count();
			assert(rows >= 4, `the key-figure table has ${rows} rows`);

			await p.reload();
			await p.locator('[data-testid="compare-table"]').waitFor({ timeout: CHART_TIMEOUT_MS });
			const names = await p.locator('[data-testid="saved-list"]').innerText();
			assert(names.includes('Takstpakke') && names.includes('Takst og recovery'), `saved after reload: ${names}`);
			await p.setViewportSize({ width: 1440, height: 900 });
			await p.waitForFunction(() => document.querySelectorAll('[data-testid="chart-compare-diff"] path.line').length === 2, null, { timeout: CHART_TIMEOUT_MS });
			await p.screenshot({ path: join(resultsDir, 'compare-desktop.png'), fullPage: true });
			await p.setViewportSize({ width: 390, height: 844 });
			await p.waitForTimeout(300);
			await p.screenshot({ path: join(resultsDir, 'compare-phone.png'), fullPage: true });
			await c.close();
		});

		await test('a corrupted store of saved scenarios is reported and reset, never a blank page', async () => {
			const { context: c, page: p } = await newPage();
			// Corrupt the store before the app's first script runs (once per tab), so there is no race with its start-up.
			await c.addInitScript(() => {
				if (sessionStorage.getItem('e2e-corrupted')) return;
				sessionStorage.setItem('e2e-corrupted', '1');
				localStorage.setItem('socialsim.saved.v1', '{"version":1,"scenarios":[{"name":42}]');
			});
			await p.goto(`${origin}/compare?runs=0`);
			const notice = p.locator('[data-testid="store-problem"]');
			try {
				await notice.waitFor();
			} catch (error) {
				throw new Error(`no notice; the page shows:\n${(await p.locator('main').innerText()).slice(0, 400)}`);
			}
			assert(/nulstillet/.test(await notice.innerText()), 'no reset notice');
			assert((await p.locator('h1').innerText()).length > 0, 'no heading');
			const stored = await p.evaluate(() => localStorage.getItem('socialsim.saved.v1'));
			assert(stored === null, `the corrupt store was not reset: ${stored}`);
			const pageErrorsBefore = sink.pageErrors.length;
			assert(pageErrorsBefore === 0, `page errors: ${sink.pageErrors.join('\n')}`);
			await c.close();
		});

		// ---- Phone screenshot of the explore page ---------------------------------------------------
		await test('the explore page fits a phone screen without horizontal scrolling', async () => {
			const { context: c, page: p } = await newPage({ width: 390, height: 844 });
			await p.goto(`${origin}/?runs=0`);
			await waitForState(p, ['estimate', 'done'], CHART_TIMEOUT_MS);
			const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			await p.screenshot({ path: join(resultsDir, 'explore-phone.png'), fullPage: false });
			await p.screenshot({ path: join(resultsDir, 'explore-phone-full.png'), fullPage: true });
			assert(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
			await c.close();
		});

		await test('no page logged a console error, threw, failed a request or asked another origin', async () => {
			assert(sink.pageErrors.length === 0, `page errors:\n${sink.pageErrors.join('\n')}`);
			assert(sink.consoleErrors.length === 0, `console errors:\n${sink.consoleErrors.join('\n')}`);
			assert(sink.failedRequests.length === 0, `failed requests:\n${sink.failedRequests.join('\n')}`);
			assert(sink.foreignRequests.length === 0, `foreign requests:\n${sink.foreignRequests.join('\n')}`);
		});
		// The map, trust pages, accessibility (axe-core) and offline checks (tests/e2e/pages.mjs).
		if (!only) results.push(...(await checkPages(browser, origin, console.log)));
		results.push(...(await checkExplainers(browser, origin, console.log))); // the lever explainer pages (tests/e2e/explainers.mjs)
		// CSV, PNG, SVG and scenario downloads, and the printed brief (tests/e2e/exports.mjs).
		results.push(...(await checkExports(browser, origin, console.log, only)));
		results.push(...(await checkShare(browser, origin, console.log, only)));
		results.push(...(await checkKeyboard(browser, origin, console.log, only)));
		// The presenter mode (tests/e2e/present.mjs); its checks are named "/praesenter …".
		results.push(...(await checkPresenter(browser, origin, console.log, only)));
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
