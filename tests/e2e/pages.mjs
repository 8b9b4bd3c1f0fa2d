// Browser checks of the map page (/kort), the trust pages (/validering, /parametre, /model) and
// offline use, against the built static site. Used by tests/e2e/run.mjs (and standalone through
// tests/e2e/pages-run.mjs):
//
//   import { checkPages } from './pages.mjs';
//   const pageResults = await checkPages(browser, origin, console.log);
//
// Each check prints one line ("ok    …" or "FAIL  …" with the reason) through `log` and the
// function returns [{ name, ok }] for the caller's tally. Every page is also checked for console
// errors, failed requests, requests outside the origin, and serious or critical axe-core violations.
// The helpers the other browser checks share are exported from here too (checkRunner, watch,
// assertAccessible, waitForState, assert).

import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const resultsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-results');
const MUNICIPALITIES = 98;
/** The first estimate of the map needs a small-sample run in the worker. */
const ESTIMATE_TIMEOUT_MS = 120_000;
/** Validation runs replications to 2022 at full scale (`?runs=2` keeps it short here). */
const VALIDATION_RUNS = 2;
const VALIDATION_TIMEOUT_MS = 240_000;

export function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** Is the check `name` selected by E2E_ONLY (`a|b`: names containing a or b; unset: all)? */
export const selected = (name, only) => !only || only.split('|').some((part) => name.includes(part));

/**
 * A runner of named checks: logs "ok    name" or "FAIL  name" with the reason and records
 * { name, ok } in `results`. With `only`, checks whose names match none of its parts are skipped.
 */
export function checkRunner(results, log, only) {
	return async (name, fn) => {
		if (!selected(name, only)) return;
		try {
			await fn();
			results.push({ name, ok: true });
			log(`ok    ${name}`);
		} catch (error) {
			results.push({ name, ok: false });
			log(`FAIL  ${name}`);
			log(`      ${String(error instanceof Error ? error.message : error).split('\n').join('\n      ')}`);
		}
	};
}

/**
 * Wait until the page's computation status (`[data-testid="status"]`, attribute `data-state`) reaches
 * one of `states`; throw with the page's alert if it shows an error.
 */
export async function waitForState(page, states, timeout) {
	const wanted = Array.isArray(states) ? states : [states];
	await page.waitForFunction(
		(w) => {
			const status = document.querySelector('[data-testid="status"]');
			const s = status?.getAttribute('data-state');
			// Charts below the first are redrawn a frame at a time (frame-queue.svelte.ts): wait for them too.
			return (w.includes(s) && status?.getAttribute('data-drawn') !== 'false') || s === 'error';
		},
		wanted,
		{ timeout, polling: 50 }
	);
	const state = await page.locator('[data-testid="status"]').getAttribute('data-state');
	if (state === 'error') throw new Error(`the page shows an error: ${await page.locator('[role="alert"]').innerText()}`);
}

/** Collect console errors, page errors, failed and foreign requests of everything in a context. */
export function watch(context, origin) {
	const problems = { console: [], page: [], failed: [], foreign: [] };
	const onPage = (page) => {
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.console.push(`${page.url()}: ${msg.text()}`);
		});
		page.on('pageerror', (error) => problems.page.push(`${page.url()}: ${error.message}`));
		page.on('worker', (worker) => {
			worker.on('console', (msg) => {
				if (msg.type() === 'error') problems.console.push(`[worker] ${msg.text()}`);
			});
		});
	};
	context.pages().forEach(onPage);
	context.on('page', onPage);
	context.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) problems.foreign.push(url);
	});
	context.on('requestfailed', (request) => {
		// Requests aborted because a page navigated away are not failures of the site.
		const reason = request.failure()?.errorText ?? '';
		if (/ERR_ABORTED/.test(reason)) return;
		problems.failed.push(`${request.url()} (${reason})`);
	});
	context.on('response', (response) => {
		if (response.status() >= 400) problems.failed.push(`${response.url()} (HTTP ${response.status()})`);
	});
	return {
		problems,
		/** Throw if anything went wrong since the last call, then start afresh. */
		assertClean() {
			const lines = [
				...problems.page.map((m) => `page error: ${m}`),
				...problems.console.map((m) => `console error: ${m}`),
				...problems.failed.map((m) => `failed request: ${m}`),
				...problems.foreign.map((m) => `request outside the origin: ${m}`)
			];
			for (const list of Object.values(problems)) list.length = 0;
			assert(lines.length === 0, lines.join('\n'));
		}
	};
}

/** Run axe-core on the page (or only on the elements matching `selectors`); throw on serious or critical violations. */
export async function assertAccessible(page, selectors) {
	await page.addScriptTag({ path: AXE_PATH });
	const violations = await page.evaluate(async (include) => {
		const context = include ? { include: include.map((s) => [s]) } : document;
		// eslint-disable-next-line no-undef
		const result = await window.axe.run(context, { resultTypes: ['violations'] });
		return result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target?.join(' ')})`);
	}, selectors);
	assert(violations.length === 0, `axe-core found serious/critical violations:\n${violations.join('\n')}`);
}

/** Press Tab until a municipality of the map has focus (at most `limit` presses). */
async function tabToMap(page, limit = 60) {
	for (let k = 0; k < limit; k++) {
		await page.keyboard.press('Tab');
		const role = await page.evaluate(() => document.activeElement?.getAttribute('role'));
		if (role === 'option') return;
	}
	throw new Error(`no municipality took focus after ${limit} presses of Tab`);
}

export async function checkPages(browser, baseUrl, log = console.log) {
	const origin = new URL(baseUrl).origin;
	const results = [];
	const test = checkRunner(results, log);

	// ---------------------------------------------------------------- map, trust pages
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
	const watcher = watch(context, origin);
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	try {
		await test(`/kort draws ${MUNICIPALITIES} municipality paths, each non-empty`, async () => {
			const response = await page.goto(`${origin}/kort`, { waitUntil: 'load' });
			assert(response?.ok(), `GET /kort answered HTTP ${response?.status()}`);
			const paths = page.locator('[data-testid="municipality-map"] path[role="option"]');
			await paths.first().waitFor({ state: 'attached' });
			const ds = await paths.evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
			assert(ds.length === MUNICIPALITIES, `the map has ${ds.length} municipality paths`);
			const empty = ds.filter((d) => d.length < 10 || /NaN|Infinity/.test(d));
			assert(empty.length === 0, `${empty.length} paths are empty or not finite`);
			const credits = await page.locator('.credits').innerText();
			assert(/Klimadatastyrelsen/.test(credits) && /FOLK1A/.test(credits) && /CC BY 4\.0/.test(credits), `credits were: ${credits}`);
		});

		await test('/kort colours the map from the worker and selecting a municipality by keyboard shows its figures', async () => {
			await page.locator('[data-testid="map-status"][data-phase="estimate"], [data-testid="map-status"][data-phase="runs"], [data-testid="map-status"][data-phase="done"]').waitFor({ timeout: ESTIMATE_TIMEOUT_MS });
			const alert = page.locator('[role="alert"]');
			if ((await alert.count()) > 0) throw new Error(`the page shows an error: ${await alert.innerText()}`);
			const fills = await page.locator('[data-testid="municipality-map"] path[role="option"]').evaluateAll((els) => new Set(els.map((el) => el.getAttribute('fill'))).size);
			assert(fills >= 3, `the map uses only ${fills} distinct fills`);
			await page.locator('h1').click(); // start the Tab sequence from the top of the content
			await tabToMap(page);
			await page.keyboard.press('ArrowDown');
			const code = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
			assert(code, 'the focused element is not a municipality');
			await page.keyboard.press('Enter');
			const chosen = page.locator(`[data-testid="municipality-map"] path[data-code="${code}"]`);
			assert((await chosen.getAttribute('aria-selected')) === 'true', `municipality ${code} is not marked as selected`);
			const name = (await chosen.getAttribute('aria-label'))?.split(',')[0] ?? '';
			const heading = await page.locator('#detail-heading').innerText();
			assert(heading.includes(name), `the detail heading "${heading}" does not name ${name}`);
			const figures = page.locator('[data-testid="municipality-figures"] dd .value');
			await figures.first().waitFor();
			const texts = await figures.allInnerTexts();
			// Spending always has a value; waiting has none ('–') in a year without placements.
			assert(texts.length === 3 && /\d/.test(texts[0]) && /\d/.test(texts[1]) && /\d|–/.test(texts[2]), `figures were: ${texts.join(' | ')}`);
			const lines = await page.locator('[data-testid="municipality-detail"] path.line').evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
			assert(lines.length >= 3 && lines.every((d) => d.length > 20 && !/NaN/.test(d)), `trend lines were: ${lines.map((d) => d.slice(0, 30)).join(' | ')}`);
			await page.keyboard.press('Space'); // Space also selects (and keeps the selection)
			assert((await chosen.getAttribute('aria-selected')) === 'true', 'Space deselected the municipality');
		});

		await test('/kort: the year slider changes the shown year', async () => {
			const slider = page.locator('[data-testid="year-slider"]');
			await slider.focus();
			await page.keyboard.press('End');
			assert((await slider.inputValue()) === '2040', `slider value was ${await slider.inputValue()}`);
			const heading = await page.locator('#detail-heading').innerText();
			assert(heading.includes('2040'), `detail heading was: ${heading}`);
		});

		await test('/kort has no serious or critical axe-core violations', async () => {
			await assertAccessible(page);
		});

		mkdirSync(resultsDir, { recursive: true });
		await page.locator('[data-testid="year-slider"]').fill('2030');
		await page.screenshot({ path: join(resultsDir, 'kort.png') });

		await test('/kort logs no errors and requests nothing outside the origin', async () => watcher.assertClean());

		await test('/kort?scenario= runs a scenario beside the baseline and maps the difference', async () => {
			const scenario = { schemaVersion: 2, id: 'e2e', title: 'E2E-scenarie', seed: 7, levers: { r2_3: { setting: 'strong' } } };
			await page.goto(`${origin}/kort?runs=1&kommune=751&scenario=${encodeURIComponent(JSON.stringify(scenario))}`, { waitUntil: 'load' });
			await page.locator('[data-testid="map-status"]:is([data-phase="estimate"], [data-phase="runs"], [data-phase="done"], [data-phase="error"])').waitFor({ timeout: ESTIMATE_TIMEOUT_MS });
			const alert = page.locator('[role="alert"]');
			if ((await alert.count()) > 0) throw new Error(`the page shows an error: ${await alert.innerText()}`);
			const line = await page.locator('.scenario-line').innerText();
			assert(line.includes('E2E-scenarie'), `scenario line was: ${line}`);
			const legend = await page.locator('.legend-title').innerText();
			assert(/forskel fra basis/.test(legend), `legend was: ${legend}`);
			const figures = await page.locator('[data-testid="municipality-figures"] .base').count();
			assert(figures === 3, `the figures show ${figures} baseline values`);
			watcher.assertClean();
		});

		await test(`/validering runs the baseline (${VALIDATION_RUNS} runs) and fills the table of published 2018–2022 figures`, async () => {
			const response = await page.goto(`${origin}/validering?runs=${VALIDATION_RUNS}`, { waitUntil: 'load' });
			assert(response?.ok(), `GET /validering answered HTTP ${response?.status()}`);
			assert(/version \d+\.\d+\.\d+/.test(await page.locator('[data-testid="model-id"]').innerText()), 'no model version shown');
			await page.locator('[data-testid="validation-status"][data-phase="done"], [data-testid="validation-status"][data-phase="error"]').waitFor({ timeout: VALIDATION_TIMEOUT_MS });
			const phase = await page.locator('[data-testid="validation-status"]').getAttribute('data-phase');
			assert(phase === 'done', `validation ended in phase ${phase}: ${await page.locator('body').innerText()}`);
			const rows = page.locator('[data-testid="validation-table"] tbody tr');
			const n = await rows.count();
			assert(n >= 20, `the table has ${n} rows`);
			const within = await page.locator('[data-testid="validation-table"] td.within').evaluateAll((els) => els.map((el) => el.getAttribute('data-within')));
			assert(within.every((w) => w === 'yes' || w === 'no'), `some rows have no verdict: ${within.join(',')}`);
			const yes = within.filter((w) => w === 'yes').length;
			assert(yes >= n / 2, `only ${yes} of ${n} figures are within tolerance`);
			const summary = await page.locator('[data-testid="validation-status"]').innerText();
			assert(summary.includes(`${yes} af ${n}`), `summary was: ${summary}`);
			await page.screenshot({ path: join(resultsDir, 'validering.png'), fullPage: true });
		});

		await test('/validering has no serious or critical axe-core violations and no errors', async () => {
			await assertAccessible(page);
			watcher.assertClean();
		});

		await test('/parametre lists facts with sources, assumptions with ranges, calibrated scalars and policy knobs', async () => {
			const response = await page.goto(`${origin}/parametre`, { waitUntil: 'load' });
			assert(response?.ok(), `GET /parametre answered HTTP ${response?.status()}`);
			assert(/version \d+\.\d+\.\d+/.test(await page.locator('[data-testid="model-id"]').innerText()), 'no model version shown');
			const count = (id) => page.locator(`[data-testid="${id}"] tbody tr`).count();
			const [facts, groups, assumptions, calibrated, policy] = await Promise.all(
				['facts-table', 'groups-table', 'assumptions-table', 'calibrated-table', 'policy-table'].map(count)
			);
			assert(facts >= 30, `facts table has ${facts} rows`);
			assert(groups === 11, `groups table has ${groups} rows`);
			assert(assumptions >= 30, `assumptions table has ${assumptions} rows`);
			assert(calibrated >= 10, `calibrated table has ${calibrated} rows`);
			assert(policy >= 25, `policy table has ${policy} rows`);
			const supervisors = await page.locator('[data-testid="facts-table"] tr', { hasText: 'SUPERVISION.supervisors' }).innerText();
			assert(/\b5\b/.test(supervisors) && /H1/.test(supervisors), `SUPERVISION.supervisors row was: ${supervisors}`);
			await assertAccessible(page);
			watcher.assertClean();
		});

		await test('/model renders the ODD documentation and the list of what the model cannot say', async () => {
			const response = await page.goto(`${origin}/model`, { waitUntil: 'load' });
			assert(response?.ok(), `GET /model answered HTTP ${response?.status()}`);
			assert(/version \d+\.\d+\.\d+/.test(await page.locator('[data-testid="model-id"]').innerText()), 'no model version shown');
			const headings = await page.locator('[data-testid="model-doc"] :is(h2, h3, h4)').count();
			assert(headings >= 30, `the documentation has ${headings} headings`);
			const tables = await page.locator('[data-testid="model-doc"] table').count();
			assert(tables >= 3, `the documentation has ${tables} tables`);
			const cannot = await page.locator('[data-testid="cannot-say"] li').count();
			assert(cannot >= 5, `the cannot-say list has ${cannot} items`);
			const target = await page.locator('[data-testid="cannot-say"] a').getAttribute('href');
			assert(target && (await page.locator(target).count()) === 1, `the link to section 10 (${target}) has no target`);
			// Danish by default (docs/model.da.md), English on the switch, with the same section ids.
			const doc = page.locator('[data-testid="model-doc"]');
			assert((await doc.getAttribute('lang')) === 'da', 'the documentation is not marked Danish');
			assert(/Formål og mønstre/.test(await doc.locator('#sec-1').innerText()), 'section 1 is not in Danish');
			await assertAccessible(page);
			await page.goto(`${origin}/model?lang=en`, { waitUntil: 'load' });
			// The prerendered page is Danish; the link's language applies once the app has started (on a
			// loaded host that can come after the load event), so wait for it rather than read at once.
			const english = await page
				.waitForFunction(() => document.querySelector('[data-testid="model-doc"]')?.getAttribute('lang') === 'en', null, { timeout: 15_000 })
				.then(() => true, () => false);
			assert(english, 'the English documentation is not marked English');
			assert(/Purpose and patterns/.test(await doc.locator('#sec-1').innerText()), 'section 1 is not in English');
			assert((await page.locator(target).count()) === 1, `section 10 (${target}) has another id in English`);
			watcher.assertClean();
		});
	} finally {
		await context.close();
	}

	// ---------------------------------------------------------------- offline
	const offline = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK', serviceWorkers: 'allow' });
	const offlineWatch = watch(offline, origin);
	try {
		const page2 = await offline.newPage();
		page2.setDefaultTimeout(20_000);
		await test('after a first visit the service worker has cached the site', async () => {
			await page2.goto(`${origin}/`, { waitUntil: 'load' });
			const cached = await page2.evaluate(async () => {
				const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`no ${what} after ${ms} ms`)), ms));
				const registration = await Promise.race([navigator.serviceWorker.ready, timeout(20_000, 'service worker')]);
				if (!navigator.serviceWorker.controller) {
					await Promise.race([
						new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true })),
						timeout(20_000, 'controlling service worker')
					]);
				}
				const keys = await caches.keys();
				const cache = await caches.open(keys.find((k) => k.startsWith('socialsim-')) ?? '');
				const urls = (await cache.keys()).map((r) => new URL(r.url).pathname);
				return { active: Boolean(registration.active), urls };
			});
			assert(cached.active, 'no active service worker');
			for (const path of ['/', '/kort', '/validering', '/parametre', '/model']) {
				assert(cached.urls.includes(path), `${path} is not cached (cached: ${cached.urls.filter((u) => !u.includes('/_app/')).join(', ')})`);
			}
			assert(cached.urls.some((u) => /replication\.worker/.test(u)), 'the replication worker script is not cached');
		});

		await test('offline, reloading / still shows the app', async () => {
			await offline.setOffline(true);
			const response = await page2.reload({ waitUntil: 'load' });
			assert(response === null || response.ok(), `reload answered HTTP ${response?.status()}`);
			const header = await page2.locator('header.site-header').innerText();
			assert(header.includes('Socialområdets politiksimulator'), `header text was: ${header}`);
		});

		await test('offline, /kort loads, draws the map and computes a first estimate', async () => {
			const response = await page2.goto(`${origin}/kort`, { waitUntil: 'load' });
			assert(response === null || response.ok(), `GET /kort answered HTTP ${response?.status()}`);
			const n = await page2.locator('[data-testid="municipality-map"] path[role="option"]').count();
			assert(n === MUNICIPALITIES, `offline map has ${n} paths`);
			await page2.locator('[data-testid="map-status"][data-phase="estimate"], [data-testid="map-status"][data-phase="runs"], [data-testid="map-status"][data-phase="error"]').waitFor({ timeout: ESTIMATE_TIMEOUT_MS });
			const phase = await page2.locator('[data-testid="map-status"]').getAttribute('data-phase');
			assert(phase !== 'error', 'the simulation failed offline');
			await page2.reload({ waitUntil: 'load' });
			const again = await page2.locator('[data-testid="municipality-map"] path[role="option"]').count();
			assert(again === MUNICIPALITIES, `after an offline reload the map has ${again} paths`);
		});

		await test('offline use logs no errors and requests nothing outside the origin', async () => {
			// Requests that fail because the browser is offline are expected only if the page made
			// any past the service worker; with everything cached there should be none.
			offlineWatch.assertClean();
		});
	} finally {
		await offline.setOffline(false).catch(() => undefined);
		await offline.close();
	}
	return results;
}
