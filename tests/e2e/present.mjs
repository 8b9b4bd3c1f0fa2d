// Browser checks of the presenter mode (/praesenter) against the built static site, used by
// tests/e2e/run.mjs:
//
//   import { checkPresenter } from './present.mjs';
//   const presenterResults = await checkPresenter(browser, origin, console.log);
//
// Every check's name starts with "/praesenter" (E2E_ONLY=praesenter runs just these). Each prints one
// line through `log`; the function returns [{ name, ok }] for the caller's tally. First estimates
// only (`?runs=0`): stepping, titles, summaries and charts, keyboard and buttons, the address's slide
// list, the language switch, full screen, accessibility, and screenshots at projector sizes.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, assertAccessible, checkRunner, waitForState, watch } from './pages.mjs';

const resultsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-results');
/** A first estimate needs a small-sample run in a worker that may still be starting. */
const ESTIMATE_TIMEOUT_MS = 120_000;
const EXPECTED_YEARS = 23; // 2018–2040
const PACKAGES = 5; // the baseline and the four packages (src/lib/client/levers.ts PRESET_IDS)

/** Wait until the current slide has its first estimate (or more) drawn; throw if the page shows an error. */
async function waitForSlide(page) {
	await page.waitForFunction(
		() => {
			const state = document.querySelector('[data-testid="present-status"]')?.getAttribute('data-state');
			return ['estimate', 'partial', 'done', 'error'].includes(state ?? '') && document.querySelector('[data-testid="chart-spend_total"] path.line');
		},
		null,
		{ timeout: ESTIMATE_TIMEOUT_MS, polling: 50 }
	);
	const state = await page.locator('[data-testid="present-status"]').getAttribute('data-state');
	assert(state !== 'error', `the slide shows an error: ${await page.locator('[data-testid="present-status"]').innerText()}`);
}

/** What the current slide shows. */
async function slideState(page) {
	return page.evaluate(() => {
		const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
		return {
			counter: text('slide-counter'),
			title: text('slide-title'),
			summary: text('slide-summary'),
			announced: text('announcer'),
			lines: [...document.querySelectorAll('[data-testid="chart-spend_total"] path.line')].map((p) => p.getAttribute('d') ?? '')
		};
	});
}

/** `count` lines, each with a vertex per year and only finite coordinates. */
function assertLines(lines, count) {
	assert(lines.length === count, `the chart has ${lines.length} lines, expected ${count}`);
	for (const d of lines) {
		const vertices = (d.match(/[ML]/g) ?? []).length;
		assert(vertices === EXPECTED_YEARS && !/NaN|Infinity/.test(d), `a line has ${vertices} vertices or non-finite coordinates: ${d.slice(0, 60)}`);
	}
}

async function waitForCounter(page, text) {
	await page.locator('[data-testid="slide-counter"]', { hasText: text }).waitFor();
}

export async function checkPresenter(browser, baseUrl, log = console.log, only = undefined) {
	const origin = new URL(baseUrl).origin;
	const results = [];
	const test = checkRunner(results, log, only);
	mkdirSync(resultsDir, { recursive: true });

	const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'da-DK' });
	const watcher = watch(context, origin);
	const page = await context.newPage();
	page.setDefaultTimeout(15_000);
	try {
		await test(`/praesenter shows the baseline as slide 1 of ${PACKAGES} with its fan chart and summary, without the site header and footer`, async () => {
			const response = await page.goto(`${origin}/praesenter?runs=0`, { waitUntil: 'load' });
			assert(response?.ok(), `GET /praesenter answered HTTP ${response?.status()}`);
			await waitForSlide(page);
			const s = await slideState(page);
			assert(s.counter === `Dias 1 af ${PACKAGES}`, `counter was: ${s.counter}`);
			assert(s.title === 'Basis (ingen ny politik)', `title was: ${s.title}`);
			assert(/^Basisscenariet: udgifterne i 2035 er \d+,\d mia\. kr\./.test(s.summary), `summary was: ${s.summary}`);
			assertLines(s.lines, 1);
			assert((await page.locator('header.site-header, footer.site-footer').count()) === 0, 'the site header or footer is shown');
			await page.waitForFunction(() => /Basisscenariet/.test(document.querySelector('[data-testid="announcer"]')?.textContent ?? ''));
			const announced = (await slideState(page)).announced;
			assert(announced.startsWith(`Dias 1 af ${PACKAGES}: Basis (ingen ny politik).`), `the live region said: ${announced}`);
			assert((await page.locator('[aria-live="polite"][data-testid="announcer"]').count()) === 1, 'no polite live region');
		});

		await test('/praesenter: the right arrow steps to the next package with its own title, summary and chart', async () => {
			const before = await slideState(page);
			const t0 = Date.now();
			await page.keyboard.press('ArrowRight');
			await waitForCounter(page, `Dias 2 af ${PACKAGES}`);
			await waitForSlide(page);
			await page.waitForFunction(() => /basisscenariet/.test(document.querySelector('[data-testid="slide-summary"]')?.textContent ?? ''));
			log(`      the next slide's summary was drawn ${Date.now() - t0} ms after the key press (its estimate is asked for ahead)`);
			const after = await slideState(page);
			assert(after.title === 'Første rapport' && after.title !== before.title, `title was: ${after.title}`);
			assert(after.summary !== before.summary && /^Udgifter i 2035: \d+,\d mia\. kr\./.test(after.summary), `summary was: ${after.summary}`);
			assertLines(after.lines, 2);
			assert(after.lines[0] !== before.lines[0], 'the chart was not redrawn');
			await page.waitForFunction(() => /Første rapport/.test(document.querySelector('[data-testid="announcer"]')?.textContent ?? ''));
		});

		await test('/praesenter: End and Home jump to the last and first slide; the buttons and Space on a focused button step once', async () => {
			await page.keyboard.press('End');
			await waitForCounter(page, `Dias ${PACKAGES} af ${PACKAGES}`);
			assert((await slideState(page)).title === 'Alt', `last title was: ${(await slideState(page)).title}`);
			assert(await page.getByTestId('next').isDisabled(), 'the next button is enabled on the last slide');
			await page.keyboard.press('Home');
			await waitForCounter(page, `Dias 1 af ${PACKAGES}`);
			assert(await page.getByTestId('previous').isDisabled(), 'the previous button is enabled on the first slide');
			await page.getByTestId('next').click();
			await waitForCounter(page, `Dias 2 af ${PACKAGES}`);
			await page.keyboard.press('Space'); // the focused button takes it: one step, not two
			await waitForCounter(page, `Dias 3 af ${PACKAGES}`);
			await page.waitForTimeout(200);
			assert((await slideState(page)).counter === `Dias 3 af ${PACKAGES}`, `Space stepped twice: ${(await slideState(page)).counter}`);
			await page.keyboard.press('Shift+Tab');
			const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
			assert(outline !== 'none', 'the focused button shows no focus outline');
			await page.keyboard.press('Home');
			await waitForCounter(page, `Dias 1 af ${PACKAGES}`);
			await waitForSlide(page);
		});

		await test('/praesenter has no serious or critical axe-core violations', async () => {
			await assertAccessible(page);
		});

		await test('/praesenter: the English switch translates the slide chrome, and Danish comes back', async () => {
			await page.getByRole('button', { name: 'English' }).click();
			await page.waitForFunction(() => document.documentElement.lang === 'en');
			const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
			assert(focused === 'Dansk', `after the switch the focus is on "${focused}", not on the language button`);
			const s = await slideState(page);
			assert(s.counter === `Slide 1 of ${PACKAGES}`, `counter was: ${s.counter}`);
			assert(s.title === 'Baseline (no new policy)', `title was: ${s.title}`);
			assert(/^Baseline:/.test(s.summary), `summary was: ${s.summary}`);
			const bar = await page.getByRole('navigation', { name: 'Presentation controls' }).innerText();
			assert(/Previous/.test(bar) && /Next/.test(bar) && /Full screen/.test(bar) && /Leave/.test(bar), `controls were: ${bar}`);
			assert((await page.locator('#quality-heading').innerText()) === 'Quality in 2035', 'the quality heading is not translated');
			await page.getByRole('button', { name: 'Dansk' }).click();
			await page.waitForFunction(() => document.documentElement.lang === 'da');
			assert((await slideState(page)).counter === `Dias 1 af ${PACKAGES}`, 'Danish did not come back');
		});

		await test('/praesenter: F asks for full screen and Escape leaves it (or the refusal is explained)', async () => {
			await page.locator('[data-testid="slide-title"]').click(); // focus on the slide, not on a control
			await page.keyboard.press('f');
			await page.waitForFunction(() => document.fullscreenElement !== null || document.querySelector('.refused') !== null);
			const entered = await page.evaluate(() => document.fullscreenElement !== null);
			if (entered) {
				// The button follows the fullscreenchange event, which can land a frame after fullscreenElement is set.
				const fullScreenButton = page.getByRole('button', { name: 'Fuld skærm' });
				await fullScreenButton.and(page.locator('[aria-pressed="true"]')).waitFor({ timeout: 5000 }).catch(() => {});
				assert((await fullScreenButton.getAttribute('aria-pressed')) === 'true', 'the full-screen button is not pressed');
				await page.keyboard.press('Escape');
				await page.waitForFunction(() => document.fullscreenElement === null);
			} else {
				log('      the browser refused full screen; the page said so');
			}
			assert((await slideState(page)).counter === `Dias 1 af ${PACKAGES}`, 'F or Escape changed the slide');
		});

		for (const [width, height, minSentencePx] of [
			[1920, 1080, 30],
			[1440, 900, 24]
		]) {
			await test(`/praesenter fits ${width}×${height} in large type, with every control on screen (screenshot)`, async () => {
				await page.setViewportSize({ width, height });
				await page.keyboard.press('ArrowRight');
				await waitForSlide(page);
				await page.waitForTimeout(400); // the slide's entrance
				const layout = await page.evaluate(() => {
					const rect = (sel) => document.querySelector(sel)?.getBoundingClientRect();
					return {
						scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
						bar: rect('nav.bar')?.bottom ?? Infinity,
						quality: rect('[data-testid="quality-figures"]')?.bottom ?? Infinity,
						sentence: parseFloat(getComputedStyle(document.querySelector('[data-testid="slide-summary"]')).fontSize),
						chart: rect('[data-testid="chart-spend_total"] svg[role="img"]')?.height ?? 0
					};
				});
				await page.screenshot({ path: join(resultsDir, `presenter-${width}x${height}.png`) });
				assert(layout.scroll <= 0, `the page scrolls sideways by ${layout.scroll} px`);
				assert(layout.bar <= height && layout.quality <= height, `the controls (${layout.bar}) or quality figures (${layout.quality}) end below the screen`);
				assert(layout.sentence >= minSentencePx, `the summary is set in ${layout.sentence} px type`);
				assert(layout.chart >= 250, `the chart is only ${layout.chart} px high`);
				await page.keyboard.press('Home');
			});
		}

		await test('/praesenter without motion when the reader asks for reduced motion', async () => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const animation = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="slide"]')).animationName);
			assert(animation === 'none', `the slide still animates: ${animation}`);
			await page.emulateMedia({ reducedMotion: null });
		});

		await test('/praesenter?slides= shows a prepared sequence, and lists the valid ids when one is unknown', async () => {
			await page.goto(`${origin}/praesenter?runs=0&slides=package-botilbud,baseline`, { waitUntil: 'load' });
			await waitForCounter(page, 'Dias 1 af 2');
			assert((await slideState(page)).title === 'Botilbudspakken', `title was: ${(await slideState(page)).title}`);
			assert((await page.getByTestId('unknown-slides').count()) === 0, 'a valid sequence was reported as unknown');
			await page.goto(`${origin}/praesenter?runs=0&slides=baseline,pakke-x`, { waitUntil: 'load' });
			const notice = page.getByTestId('unknown-slides');
			await notice.waitFor();
			const text = await notice.innerText();
			assert(text.includes('pakke-x') && text.includes('package-botilbud') && text.includes('package-everything'), `notice was: ${text}`);
			await waitForCounter(page, `Dias 1 af ${PACKAGES}`);
			await waitForSlide(page);
		});

		await test('/praesenter is reached from the navigation and offers the explored scenario as a last slide', async () => {
			await page.goto(`${origin}/?runs=0`, { waitUntil: 'load' });
			// A click before the page has hydrated would tick the box without telling the app.
			await waitForState(page, ['estimate', 'done'], 60_000);
			await page.evaluate(() => {
				const input = document.querySelector('fieldset[data-lever="r2_4"] input[value="proposed"]');
				input.closest('details').open = true;
				input.click();
			});
			await page.getByRole('link', { name: 'Præsentér' }).click();
			await page.waitForURL(/\/praesenter/);
			await waitForCounter(page, `Dias 1 af ${PACKAGES + 1}`);
			await page.keyboard.press('End');
			await waitForCounter(page, `Dias ${PACKAGES + 1} af ${PACKAGES + 1}`);
			await waitForSlide(page);
			const s = await slideState(page);
			assert(s.title === 'Dit scenarie fra Udforsk', `title was: ${s.title}`);
			assertLines(s.lines, 2);
			await page.getByRole('link', { name: 'Afslut præsentationen og gå til Udforsk' }).click();
			await page.waitForURL((url) => url.pathname === '/');
			await page.locator('header.site-header').waitFor();
		});

		await test('/praesenter logs no errors and requests nothing outside the origin', async () => watcher.assertClean());
	} finally {
		await context.close();
	}
	return results;
}
