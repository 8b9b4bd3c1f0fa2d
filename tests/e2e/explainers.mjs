// Browser checks of the lever explainer pages (/tiltag and /tiltag/[id]) and of the lever panel's
// links to them, against the built static site. Used by tests/e2e/run.mjs:
//
//   import { checkExplainers } from './explainers.mjs';
//   results.push(...(await checkExplainers(browser, origin, console.log)));
//
// Every check's name contains "/tiltag", so `E2E_ONLY=tiltag` runs just these. Each prints one line
// through `log` (helpers shared with tests/e2e/pages.mjs) and the function returns [{ name, ok }].

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, assertAccessible, checkRunner, waitForState, watch } from './pages.mjs';
import { tableRowCount } from './explore-helpers.mjs';

const resultsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-results');
const LEVER_COUNT = 39;
const GROUP_COUNT = 7;
const EXPECTED_YEARS = 23; // 2018–2040
/** The lever whose page is checked in depth (models/levers/registry.ts). */
const LEVER = {
	id: 'r2_3',
	da: 'Nye rammer for kapacitetsstyring og etablering af botilbudspladser til borgere med særligt komplekse behov',
	en: 'Capacity management and public places for citizens with particularly complex needs',
	sources: ['2.3', 'B6', 'M002-3'],
	settings: 4,
	mechanisms: 4,
	assumptions: 5
};
const ESTIMATE_TIMEOUT_MS = 120_000;
/** Two full-scale replications (the lever and the baseline, `?runs=1`) take seconds each, more on a loaded machine. */
const FULL_RUN_TIMEOUT_MS = 240_000;

/** The effect chart's line: its vertices (M/L commands of d3's linear curve) must all be finite. */
async function assertEffectLine(page) {
	const d = (await page.locator('[data-testid="chart-lever-effect"] path.line').getAttribute('d')) ?? '';
	const vertices = (d.match(/[ML]/g) ?? []).length;
	assert(vertices === EXPECTED_YEARS, `the effect line has ${vertices} vertices`);
	assert(!/NaN|Infinity/.test(d), 'the effect line has non-finite coordinates');
}

/** Headings of the main content start with one h1 and never skip a level. */
async function assertHeadingsInOrder(page) {
	const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
	assert(levels[0] === 1 && levels.filter((l) => l === 1).length === 1, `heading levels: ${levels.join(' ')}`);
	const skip = levels.findIndex((l, i) => i > 0 && l > levels[i - 1] + 1);
	assert(skip < 0, `heading ${skip + 1} skips a level: ${levels.join(' ')}`);
}

export async function checkExplainers(browser, baseUrl, log = console.log) {
	const origin = new URL(baseUrl).origin;
	const results = [];
	const test = checkRunner(results, log, process.env.E2E_ONLY);
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK' });
	const watcher = watch(context, origin);
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	mkdirSync(resultsDir, { recursive: true });
	try {
		await test(`/tiltag lists all ${LEVER_COUNT} levers in ${GROUP_COUNT} groups, each linking to its prerendered page`, async () => {
			const response = await page.goto(`${origin}/tiltag`, { waitUntil: 'load' });
			assert(response?.ok(), `GET /tiltag answered HTTP ${response?.status()}`);
			const groups = await page.locator('main h2').allInnerTexts();
			assert(groups.length === GROUP_COUNT && groups[0].includes('Kap. 2') && groups[5].includes('Første rapport'), `groups: ${groups.join(' | ')}`);
			const links = await page.locator('main a[data-lever]').evaluateAll((els) =>
				els.map((a) => ({ id: a.getAttribute('data-lever'), href: a.href, text: a.textContent?.trim() ?? '' }))
			);
			assert(links.length === LEVER_COUNT && new Set(links.map((l) => l.id)).size === LEVER_COUNT, `${links.length} links, ${new Set(links.map((l) => l.id)).size} levers`);
			const wrong = links.filter((l) => new URL(l.href).pathname !== `/tiltag/${l.id}` || l.text.length < 5);
			assert(wrong.length === 0, `wrong links: ${wrong.map((l) => `${l.id} → ${l.href} "${l.text}"`).join(', ')}`);
			for (const link of links) {
				const answer = await page.request.get(link.href);
				assert(answer.ok(), `${link.href} answered HTTP ${answer.status()}`);
			}
			await assertHeadingsInOrder(page);
			await assertAccessible(page);
			watcher.assertClean();
		});

		await test(`/tiltag/${LEVER.id} shows the title, report sections, proposal, claims, settings with their values and the mechanisms`, async () => {
			const response = await page.goto(`${origin}/tiltag/${LEVER.id}?runs=1`, { waitUntil: 'load' });
			assert(response?.ok(), `GET /tiltag/${LEVER.id} answered HTTP ${response?.status()}`);
			assert((await page.locator('h1').innerText()) === LEVER.da, `h1 was ${await page.locator('h1').innerText()}`);
			const sources = await page.locator('[data-testid="sources"] li').allInnerTexts();
			assert(LEVER.sources.every((s) => sources.includes(s)), `sources were: ${sources.join(', ')}`);
			const proposal = await page.locator('[data-testid="proposal"]').innerText();
			assert(proposal.length > 80, `proposal was: ${proposal}`);
			const claims = await page.locator('[data-testid="claims"] li').allInnerTexts();
			assert(claims.length === 2 && claims.every((c) => /\[[RA]\]/.test(c)), `claims were: ${claims.join(' | ')}`);
			const settings = await page.locator('[data-testid="settings-table"] tbody tr').allInnerTexts();
			assert(settings.length === LEVER.settings, `the settings table has ${settings.length} rows`);
			const proposed = settings.find((s) => s.includes('standard')) ?? '';
			assert(/0,6 på en skala fra 0 til 1/.test(proposed), `the default setting's row was: ${proposed}`);
			assert(settings.some((s) => /referenceprisen \+ 10 %/.test(s) && /2027: 0,7.*\(mia\. kr\.\)/.test(s)), `no setting shows the cap and the loan pool: ${settings.join(' | ')}`);
			assert((await page.locator('[data-testid="default-start"]').innerText()) === '2026', 'the default start year is not 2026');
			const mechanisms = await page.locator('[data-testid="mechanisms"] li').count();
			assert(mechanisms === LEVER.mechanisms, `${mechanisms} mechanisms listed`);
			watcher.assertClean();
		});

		await test(`/tiltag/${LEVER.id} lists its strength assumptions with central value, range, unit and reasoning`, async () => {
			const rows = page.locator('[data-testid="assumptions-table"] tbody tr');
			assert((await rows.count()) === LEVER.assumptions, `the assumptions table has ${await rows.count()} rows`);
			const ranges = await page.locator('[data-testid="assumptions-table"] td[data-testid="range"]').allInnerTexts();
			assert(ranges.every((r) => /^\d[\d.,]*–\d[\d.,]*$/.test(r)), `ranges were: ${ranges.join(' | ')}`);
			const coordination = await rows.filter({ hasText: 'coordinationLevel' }).innerText();
			assert(/0,25\s+0,1–0,4/.test(coordination) && /KKR|coordination|koordinering/i.test(coordination), `coordinationLevel row was: ${coordination}`);
		});

		await test(`/tiltag/${LEVER.id} computes the lever alone against the baseline: a first estimate, then the full-scale runs, ${EXPECTED_YEARS} yearly points`, async () => {
			await waitForState(page, ['estimate', 'partial', 'done'], ESTIMATE_TIMEOUT_MS);
			await assertEffectLine(page);
			const summary = await page.locator('[data-testid="summary"]').innerText();
			assert(/2035/.test(summary) && /mia\. kr\./.test(summary), `summary was: ${summary}`);
			await waitForState(page, 'done', FULL_RUN_TIMEOUT_MS);
			await assertEffectLine(page);
			const progress = await page.locator('[data-testid="progress"]').innerText();
			assert(progress === 'Alle 1 kørsler færdige', `progress was: ${progress}`);
			const rows = await tableRowCount(page, 'chart-lever-effect');
			assert(rows === EXPECTED_YEARS, `the chart's table has ${rows} rows`);
			watcher.assertClean();
		});

		await test(`/tiltag/${LEVER.id} has its headings in order and no serious or critical axe-core violations`, async () => {
			await assertHeadingsInOrder(page);
			await assertAccessible(page);
			await page.screenshot({ path: join(resultsDir, `tiltag-${LEVER.id}-desktop.png`), fullPage: true });
		});

		await test(`/tiltag/${LEVER.id} fits a phone screen without horizontal scrolling`, async () => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.waitForTimeout(300);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			await page.screenshot({ path: join(resultsDir, `tiltag-${LEVER.id}-phone.png`), fullPage: true });
			assert(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
			await page.setViewportSize({ width: 1440, height: 900 });
		});

		await test(`/tiltag/${LEVER.id} follows the language switch to English`, async () => {
			await page.getByRole('button', { name: 'English' }).click();
			await page.waitForFunction(() => document.documentElement.lang === 'en');
			assert((await page.locator('h1').innerText()) === LEVER.en, `h1 was ${await page.locator('h1').innerText()}`);
			const headings = await page.locator('main h2').allInnerTexts();
			assert(headings.includes('What was proposed') && headings.includes('Assumptions that set its strength'), `headings: ${headings.join(' | ')}`);
			assert((await page.locator('[data-testid="proposal"]').innerText()).startsWith('Secure enough public places'), 'the proposal is not in English');
			const coordination = await page.locator('[data-testid="assumptions-table"] tbody tr', { hasText: 'coordinationLevel' }).innerText();
			assert(/0\.25\s+0\.1–0\.4/.test(coordination), `coordinationLevel row was: ${coordination}`);
			const summary = await page.locator('[data-testid="summary"]').innerText();
			assert(/Spending in 2035/.test(summary), `summary was: ${summary}`);
			await assertAccessible(page);
			await page.getByRole('button', { name: 'Dansk' }).click();
			await page.waitForFunction(() => document.documentElement.lang === 'da');
			watcher.assertClean();
		});

		await test(`the explore page's lever panel links every lever to its /tiltag page`, async () => {
			await page.goto(`${origin}/?runs=0`, { waitUntil: 'load' });
			await waitForState(page, ['estimate', 'done'], ESTIMATE_TIMEOUT_MS); // hydrated: links navigate in the app
			const about = await page.locator('fieldset[data-lever] a.about').count();
			assert(about === LEVER_COUNT, `${about} links in the lever panel`);
			await page.getByRole('link', { name: `Om tiltaget: ${LEVER.da}` }).click();
			await page.waitForURL(new RegExp(`/tiltag/${LEVER.id}(\\?|$)`));
			assert((await page.locator('h1').innerText()) === LEVER.da, `h1 was ${await page.locator('h1').innerText()}`);
			await waitForState(page, ['estimate', 'partial', 'done'], ESTIMATE_TIMEOUT_MS);
			await assertEffectLine(page);
			watcher.assertClean();
		});
	} finally {
		await context.close();
	}
	return results;
}
