// Browser checks of shared links (the scenario in the URL, src/lib/client/share.ts), against the
// built static site. Used by tests/e2e/run.mjs:
//
//   const shareResults = await checkShare(browser, origin, console.log, only);
//
// Prints one line per check ("ok    …" or "FAIL  …") through `log`; returns [{ name, ok }].
// `only` (E2E_ONLY) runs just the checks whose names contain it.

import { assert, assertAccessible, checkRunner, waitForState, watch } from './pages.mjs';
import { leverState } from './explore-helpers.mjs';

const ESTIMATE_TIMEOUT_MS = 60_000;

/** Wait until the explore page shows a first estimate (or fail with the page's error). */
const waitForEstimate = (page) => waitForState(page, ['estimate', 'partial', 'done'], ESTIMATE_TIMEOUT_MS);

const chartPath = (page) => page.locator('[data-testid="chart-spend_total"] path.line').first().getAttribute('d');
const query = (page) => new URL(page.url()).searchParams;

export async function checkShare(browser, baseUrl, log = console.log, only = undefined) {
	const origin = new URL(baseUrl).origin;
	const results = [];
	const test = checkRunner(results, log, only);

	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
	const watcher = watch(context, origin);
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	try {
		await test('share: a link restores levers, seed, language and the same charts after a reload', async () => {
			await page.goto(`${origin}/?runs=0&v=2&seed=7&l=r2_3:proposed,loan_pool:renewed&lang=en`);
			await waitForEstimate(page);
			assert((await page.evaluate(() => document.documentElement.lang)) === 'en', 'the link’s language was not applied');
			const levers = await leverState(page);
			assert(levers.r2_3 === 'proposed' && levers.loan_pool === 'renewed' && Object.keys(levers).length === 2, `levers were ${JSON.stringify(levers)}`);
			const summary = await page.locator('[data-testid="summary"]').innerText();
			assert(/baseline/.test(summary), `the summary does not compare with the baseline: ${summary}`);
			const q = query(page);
			assert(q.get('l') === 'loan_pool:renewed,r2_3:proposed' && q.get('runs') === '0' && q.get('lang') === 'en' && q.get('m'), `canonical URL was ${page.url()}`);
			const before = await chartPath(page);
			await page.reload();
			await waitForEstimate(page);
			assert((await chartPath(page)) === before, 'the chart differs after reopening the same link');
			watcher.assertClean();
		});

		await test('share: changing a lever or the language rewrites the URL at once', async () => {
			await page.evaluate(() => {
				const fs = document.querySelector('fieldset[data-lever="r2_3"]');
				fs.closest('details').open = true;
				fs.querySelector('input[value="off"]').click();
			});
			await page.waitForFunction(() => !/r2_3/.test(location.search));
			assert(query(page).get('l') === 'loan_pool:renewed', `URL was ${page.url()}`);
			await page.locator('.lang button[lang="da"]').click();
			await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'da');
			watcher.assertClean();
		});

		await test('share: the scenario follows the navigation to the map, which shows it against the baseline', async () => {
			await page.locator('nav a[href="/kort"]').click();
			await page.waitForURL(/\/kort\?/);
			assert(query(page).get('l') === 'loan_pool:renewed', `URL on the map was ${page.url()}`);
			const line = await page.locator('.scenario-line').innerText();
			assert(/[Ll]ånepulje|[Ll]oan pool|lån/i.test(line), `the map names no scenario: ${line}`);
			watcher.assertClean();
		});

		await test('share: a tampered link shows what is wrong and opens the baseline, never a broken page', async () => {
			await page.goto(`${origin}/?runs=0&v=2&l=r2_3:bogus,nolever:proposed`);
			const problem = page.locator('[data-testid="link-problem"]');
			await problem.waitFor();
			const text = await problem.innerText();
			assert(/levers\.r2_3\.setting/.test(text) && /levers\.nolever/.test(text), `the message does not name the problems: ${text}`);
			await waitForEstimate(page);
			assert(Object.keys(await leverState(page)).length === 0, 'levers were set from a refused link');
			assert(!query(page).has('l'), `the URL still carries the refused levers: ${page.url()}`);
			await assertAccessible(page);
			watcher.assertClean();
		});

		await test('share: a too-long link and a malformed one are refused with a message', async () => {
			await page.goto(`${origin}/?runs=0&v=2&l=${'r2_3:proposed,'.repeat(400)}`);
			assert(/for langt/.test(await page.locator('[data-testid="link-problem"]').innerText()), 'no too-long message');
			await page.goto(`${origin}/?runs=0&v=two&seed=x`);
			const text = await page.locator('[data-testid="link-problem"]').innerText();
			assert(/^v: /m.test(text) && /^seed: /m.test(text), `malformed link message was: ${text}`);
			await waitForEstimate(page);
			watcher.assertClean();
		});

		await test('share: a link of an older schema version is migrated, with a note', async () => {
			await page.goto(`${origin}/?runs=0&v=1&seed=7&m=0.0.1`);
			const note = await page.locator('[data-testid="link-notice"]').innerText();
			assert(/version 1/.test(note) && /0\.0\.1/.test(note), `note was: ${note}`);
			await waitForEstimate(page);
			assert(query(page).get('v') === '2', `the URL was not upgraded: ${page.url()}`);
			watcher.assertClean();
		});

		await test('share: a link that fixes assumptions says so and runs them in scenario and baseline', async () => {
			await page.goto(`${origin}/?runs=0&v=2&seed=7&l=r2_1:proposed&a=economyWeight:0.45`);
			const note = await page.locator('[data-testid="world-notice"]').innerText();
			assert(/economyWeight/.test(note), `no notice of the fixed assumption: ${note}`);
			await waitForEstimate(page);
			const fixed = await chartPath(page);
			await page.goto(`${origin}/?runs=0&v=2&seed=7&l=r2_1:proposed`);
			await waitForEstimate(page);
			assert((await chartPath(page)) !== fixed, 'fixing an assumption did not change the results');
			watcher.assertClean();
		});
	} finally {
		await context.close();
	}
	return results;
}
