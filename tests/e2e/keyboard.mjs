// A full task with the keyboard only (issue: "change two levers, compare, export CSV, share the URL
// and reopen it"), plus axe-core on the explore and compare pages in Danish and English. No mouse
// click and no script-driven input: every step is Tab, arrow keys, Enter or typing. Each stop is
// checked for a visible focus indicator. Used by tests/e2e/run.mjs:
//
//   results.push(...(await checkKeyboard(browser, origin, console.log, only)));

import { assert, assertAccessible, checkRunner, waitForState, watch } from './pages.mjs';

const ESTIMATE_TIMEOUT_MS = 60_000;
const TAB_LIMIT = 400;

/** Describe the focused element in the page (what, and whether a focus indicator is drawn). */
function focusProbe() {
	const el = document.activeElement;
	if (!el || el === document.body) return null;
	// A visually hidden radio shows its focus on the label's text beside it.
	const shown = el.matches('input[type=radio]') ? el.nextElementSibling ?? el : el;
	const style = getComputedStyle(shown);
	const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
	return {
		tag: el.tagName.toLowerCase(),
		type: el.getAttribute('type'),
		name: el.getAttribute('name'),
		value: el.getAttribute('value'),
		label: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '',
		lever: el.closest('fieldset[data-lever]')?.getAttribute('data-lever') ?? null,
		chart: el.closest('[data-testid^="chart-"]')?.getAttribute('data-testid') ?? null,
		testid: el.getAttribute('data-testid'),
		href: el.getAttribute('href'),
		visible
	};
}

/** Press Tab until `wanted(focus)` holds; every stop on the way must show its focus. */
async function tabTo(page, what, wanted) {
	for (let k = 0; k < TAB_LIMIT; k++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(focusProbe);
		if (!focus) continue;
		assert(focus.visible, `no visible focus on ${focus.tag} "${focus.label}" on the way to ${what}`);
		if (wanted(focus)) return focus;
	}
	throw new Error(`${what} did not take focus after ${TAB_LIMIT} presses of Tab`);
}

async function openGroupOf(page, lever) {
	// The group's <summary> is a tab stop: Enter opens it if it is closed.
	const open = await page.evaluate((id) => document.querySelector(`fieldset[data-lever="${id}"]`).closest('details').open, lever);
	if (open) return;
	await page.evaluate(() => document.activeElement?.blur());
	throw new Error(`the group of ${lever} is closed`);
}

export async function checkKeyboard(browser, baseUrl, log = console.log, only = undefined) {
	const origin = new URL(baseUrl).origin;
	const results = [];
	const test = checkRunner(results, log, only);
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'da-DK', acceptDownloads: true });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	const watcher = watch(context, origin);
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	try {
		await test('keyboard: two levers, save, export CSV, copy the link, compare and reopen the link, with the keyboard only', async () => {
			await page.goto(`${origin}/?runs=0`);
			await waitForState(page, ['estimate', 'done'], ESTIMATE_TIMEOUT_MS);
			await page.locator('h1').focus();

			// Two levers of chapter 2 (its group is open by default): focus the radio group, arrow to "proposed".
			for (const lever of ['r2_1', 'r2_4']) {
				await openGroupOf(page, lever);
				await tabTo(page, `the settings of ${lever}`, (f) => f.lever === lever && f.type === 'radio');
				await page.keyboard.press('ArrowRight');
				const checked = await page.locator(`fieldset[data-lever="${lever}"] input:checked`).getAttribute('value');
				assert(checked === 'proposed', `${lever}: the arrow key chose ${checked}`);
			}
			await page.waitForFunction(() => /r2_1:proposed,r2_4:proposed/.test(decodeURIComponent(location.search)));
			await waitForState(page, ['estimate', 'done'], ESTIMATE_TIMEOUT_MS);
			const summary = await page.locator('[data-testid="summary"]').innerText();
			assert(/basisscenariet/.test(summary), `the summary does not compare with the baseline: ${summary}`);

			// Save it under a name.
			await tabTo(page, 'the name field of "save"', (f) => f.tag === 'input' && f.type === 'text');
			await page.keyboard.type('Tastatur-scenarie');
			await page.keyboard.press('Enter');
			await page.locator('.save .message', { hasText: 'Tastatur-scenarie' }).waitFor();

			// Copy the link to the scenario.
			await tabTo(page, 'the copy-link button', (f) => f.testid === 'copy-link');
			await page.keyboard.press('Enter');
			await page.locator('.copy-link [role="status"]', { hasText: 'kopieret' }).waitFor();
			const link = await page.evaluate(() => navigator.clipboard.readText());
			assert(link === page.url(), `the copied link ${link} is not the page's address ${page.url()}`);

			// Export the spending chart's figures as CSV.
			await tabTo(page, 'the CSV button of the spending chart', (f) => f.chart === 'chart-spend_total' && /CSV/.test(f.label));
			const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
			assert(/spend_total.*\.csv$/.test(download.suggestedFilename()), `downloaded ${download.suggestedFilename()}`);

			// To the compare page through the link of the save form; the saved scenario is there.
			await page.locator('h1').focus();
			await tabTo(page, 'the link to the compare page', (f) => f.tag === 'a' && /\/compare/.test(f.href ?? '') && !!f.label && !/^Sammenlign$/.test(f.label));
			await page.keyboard.press('Enter');
			await page.waitForURL(/\/compare/);
			await page.getByText('Tastatur-scenarie').first().waitFor();

			// Reopen the copied link in a new tab: the same levers are set.
			const reopened = await context.newPage();
			await reopened.goto(link);
			await waitForState(reopened, ['estimate', 'done'], ESTIMATE_TIMEOUT_MS);
			const levers = await reopened.evaluate(() =>
				[...document.querySelectorAll('fieldset[data-lever] input:checked')].filter((i) => i.value !== 'off').map((i) => `${i.closest('fieldset').dataset.lever}:${i.value}`)
			);
			assert(levers.join(',') === 'r2_1:proposed,r2_4:proposed', `the reopened link set ${levers.join(',')}`);
			await reopened.close();
			watcher.assertClean();
		});

		for (const lang of ['da', 'en']) {
			await test(`keyboard: axe-core finds no serious or critical violation on the explore and compare pages (${lang})`, async () => {
				await page.goto(`${origin}/?runs=0&v=2&l=r2_1:proposed&lang=${lang}`);
				await waitForState(page, ['estimate', 'done'], ESTIMATE_TIMEOUT_MS);
				await assertAccessible(page);
				await page.goto(`${origin}/compare?runs=0&lang=${lang}`);
				await page.locator('h1').waitFor();
				await page.waitForTimeout(2000); // let the compared scenarios' first estimates draw
				await assertAccessible(page);
				watcher.assertClean();
			});
		}
	} finally {
		await context.close();
	}
	return results;
}
