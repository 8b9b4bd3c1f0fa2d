// Browser checks of the exports on the explore page, against the built static site: a chart's figures as
// CSV, the chart as SVG and PNG, the scenario as a JSON file that the command line runs, and the printed
// one-page brief. Used by tests/e2e/run.mjs:
//
//   import { checkExports } from './exports.mjs';
//   const exportResults = await checkExports(browser, origin, console.log, process.env.E2E_ONLY);
//
// Each check prints one line through `log` and the function returns [{ name, ok }] for the caller's
// tally. Every check's name starts with "export:", so E2E_ONLY=export runs just these.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { chartValues, leverState, sameAsCli, setLever, simulateCli, waitForState } from './explore-helpers.mjs';
import { assert, assertAccessible, checkRunner, watch } from './pages.mjs';

const resultsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-results');
const ESTIMATE_TIMEOUT_MS = 60_000;
/** The map's first estimate is a larger sample than the explore page's. */
const MAP_TIMEOUT_MS = 120_000;
const YEARS = Array.from({ length: 23 }, (_, i) => 2018 + i);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SPEND_CHART = '[data-testid="chart-spend_total"]';
const VIEWPORT = { width: 1440, height: 900 };
const A4_CONTENT_BOX = { width: Math.round(((210 - 24) / 25.4) * 96), height: Math.round(((297 - 24) / 25.4) * 96) };

/** Click a button that saves a file, wait for the download and return its name and bytes (a copy stays in test-results/ to look at). */
async function download(page, button) {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const failure = await file.failure();
	assert(!failure, `the download failed: ${failure}`);
	const name = file.suggestedFilename();
	const bytes = readFileSync(await file.path());
	writeFileSync(join(resultsDir, `export-${name}`), bytes);
	return { name, bytes };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Number of pages of a PDF (its page objects). */
function pdfPages(bytes) {
	return (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

export async function checkExports(browser, baseUrl, log = console.log, only = undefined) {
	const origin = new URL(baseUrl).origin;
	const results = [];
	const test = checkRunner(results, log, only);
	mkdirSync(resultsDir, { recursive: true });
	const context = await browser.newContext({ viewport: VIEWPORT, locale: 'da-DK', acceptDownloads: true });
	const watcher = watch(context, origin);
	let page;
	/** The explore page after its first estimate (opened by the first check that needs it). */
	const explore = async () => {
		if (page) return page;
		page = await context.newPage();
		page.setDefaultTimeout(15_000);
		await page.goto(`${origin}/?runs=0`, { waitUntil: 'load' });
		await waitForState(page, ['estimate', 'done'], ESTIMATE_TIMEOUT_MS);
		return page;
	};
	/** Two levers on, one from a later year than its default; returns the levers a scenario file should name. */
	const chooseLevers = async (p) => {
		await setLever(p, 'r2_4', 'proposed');
		await setLever(p, 'r6_1', 'strong');
		await p.locator('fieldset[data-lever="r6_1"] select').selectOption('2028');
		await waitForState(p, ['estimate', 'done'], ESTIMATE_TIMEOUT_MS);
		return { r2_4: { setting: 'proposed' }, r6_1: { setting: 'strong', startYear: 2028 } };
	};
	const spendButton = (p, format) => p.locator(SPEND_CHART).getByRole('button', { name: new RegExp(`^${format}: .*Samlede udgifter`) });

	try {
		await test(`export: the total-spending chart downloads as a CSV of ${YEARS.length} years of finite numbers, the chart's own figures`, async () => {
			const p = await explore();
			const file = await download(p, spendButton(p, 'CSV'));
			assert(file.name === 'spend_total-2018-2040.csv', `the file is called ${file.name}`);
			const rows = csvParse(file.bytes.toString('utf8'));
			assert(rows.columns.join(',') === 'series,unit,year,median,p5,p25,p75,p95', `columns: ${rows.columns.join(',')}`);
			assert(rows.length === YEARS.length, `${rows.length} rows`);
			assert(rows.map((r) => Number(r.year)).join() === YEARS.join(), `years: ${rows.map((r) => r.year).join(' ')}`);
			assert(rows.every((r) => /^-?\d+(\.\d+)?$/.test(r.median) && Number.isFinite(Number(r.median))), 'a median is not a finite dot-decimal number');
			assert(rows.every((r) => r.unit === 'mia. kr. (2023-priser)'), `unit: ${rows[0]?.unit}`);
			// The CSV rounds as the command line does; the chart's table holds the full-precision values.
			const drawn = (await chartValues(p))['chart-spend_total-table'].map((row) => row[0]);
			const differ = rows.filter((r, i) => !sameAsCli(drawn[i], Number(r.median)));
			assert(differ.length === 0, `CSV and chart differ in ${differ.map((r) => r.year).join(', ')}`);
		});

		await test('export: the total-spending chart downloads as a standalone SVG with its title, legend and line of 23 points', async () => {
			const p = await explore();
			const file = await download(p, spendButton(p, 'SVG'));
			assert(file.name === 'spend_total-2018-2040.svg', `the file is called ${file.name}`);
			const text = file.bytes.toString('utf8');
			assert(!/var\(--|class="/.test(text), 'the SVG still depends on the page’s stylesheet');
			const found = await p.evaluate(async (markup) => {
				const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
				const root = doc.documentElement;
				const line = doc.querySelector('svg svg path[style*="fill:none"]');
				const image = new Image();
				const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
				const drawn = await new Promise((ok) => {
					image.onload = () => ok(image.naturalWidth);
					image.onerror = () => ok(0);
					image.src = url;
				});
				URL.revokeObjectURL(url);
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					root: `${root.namespaceURI} ${root.localName}`,
					title: doc.querySelector('title')?.textContent ?? '',
					texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
					vertices: (line?.getAttribute('d')?.match(/[ML]/g) ?? []).length,
					stroke: line?.getAttribute('style')?.match(/stroke:([^;]+)/)?.[1] ?? '',
					background: root.querySelector(':scope > rect')?.getAttribute('fill'),
					drawn
				};
			}, text);
			assert(found.error === null, `the SVG does not parse: ${found.error}`);
			assert(found.root === 'http://www.w3.org/2000/svg svg', `the root element is ${found.root}`);
			assert(found.title.startsWith('Samlede udgifter'), `title: ${found.title}`);
			assert(found.texts.some((t) => /Basisscenarie/.test(t)), `no legend text among ${found.texts.slice(0, 8).join(' | ')}`);
			assert(found.vertices === YEARS.length, `the line has ${found.vertices} points`);
			assert(/^rgb\(/.test(found.stroke.trim()), `the line's stroke is not inlined: ${found.stroke}`);
			assert(found.background === '#ffffff', `background: ${found.background}`);
			assert(found.drawn > 0, 'the browser cannot draw the SVG as an image');
		});

		await test('export: the total-spending chart downloads as a PNG at twice its size on screen', async () => {
			const p = await explore();
			const file = await download(p, spendButton(p, 'PNG'));
			assert(file.name === 'spend_total-2018-2040.png', `the file is called ${file.name}`);
			assert(PNG_SIGNATURE.every((b, i) => file.bytes[i] === b), 'not a PNG signature');
			const size = pngSize(file.bytes);
			const onScreen = await p.locator(`${SPEND_CHART} .frame svg`).evaluate((svg) => svg.getBoundingClientRect().width);
			assert(size.width >= 2 * onScreen && size.height > 2 * 340, `the PNG is ${size.width}×${size.height} for a chart ${onScreen} px wide`);
			assert(file.bytes.length > 20_000, `the PNG has only ${file.bytes.length} bytes`);
		});

		await test('export: every chart on the explore page has CSV, PNG and SVG buttons named after it', async () => {
			const p = await explore();
			const charts = await p.locator('figure.chart').evaluateAll((figures) =>
				figures.map((f) => ({
					title: f.querySelector('.title')?.textContent?.trim().split(',')[0] ?? '',
					names: [...f.querySelectorAll('.chart-export button')].map((b) => b.getAttribute('aria-label') ?? '')
				}))
			);
			assert(charts.length >= 9, `only ${charts.length} charts`);
			for (const c of charts) {
				assert(c.names.length === 3 && ['CSV', 'PNG', 'SVG'].every((f, i) => c.names[i]?.startsWith(f) && c.names[i].includes(c.title)), `${c.title}: ${c.names.join(' | ')}`);
			}
			await assertAccessible(p, ['.chart-export', '[data-brief]']);
		});

		await test('export: the scenario downloads as a JSON file that npm run simulate runs to the same figures', async () => {
			const p = await explore();
			const expected = await chooseLevers(p);
			const file = await download(p, p.getByRole('button', { name: 'Hent scenariet (JSON)' }));
			assert(file.name === 'app-scenario.json', `the file is called ${file.name}`);
			const scenario = JSON.parse(file.bytes.toString('utf8'));
			assert(JSON.stringify(Object.keys(await leverState(p)).sort()) === JSON.stringify(Object.keys(expected)), 'the levers were not set');
			assert(JSON.stringify(scenario.levers) === JSON.stringify(expected), `levers: ${JSON.stringify(scenario.levers)}`);
			assert(scenario.schemaVersion === 2 && scenario.seed === 7 && scenario.runs >= 1, `file: ${JSON.stringify(scenario)}`);
			assert(scenario.title === 'Scenarie med 2 tiltag', `title: ${scenario.title}`);
			const cli = simulateCli(join(resultsDir, `export-${file.name}`), ['--sample', '0.01', '--runs', '1']); // throws unless it exits 0
			const drawn = (await chartValues(p))['chart-spend_total-table'].map((row) => row[0]);
			const differ = drawn.filter((v, i) => !sameAsCli(v, cli.indicators.spend_total.p50[i]));
			assert(differ.length === 0, `the CLI's figures for the file differ from the app's first estimate in ${differ.length} years`);
		});

		await test('export: the print button prints, and on paper the brief is one A4 page of title, levers, summary, key figures and the spending chart', async () => {
			const p = await explore();
			await chooseLevers(p);
			await p.evaluate(() => {
				window.__printed = 0;
				window.print = () => window.__printed++;
			});
			await p.getByRole('button', { name: 'Udskriv resumé' }).click();
			assert((await p.evaluate(() => window.__printed)) === 1, 'the print button did not call window.print');

			await p.emulateMedia({ media: 'print' });
			try {
				const visible = async (selector) => p.locator(selector).first().isVisible();
				for (const hidden of ['aside', 'header.site-header nav', 'footer.site-footer', '.chart-export', '[data-testid="download-scenario"]', '[data-testid="chart-qol_mean"]', '[data-testid="cost-quality"]', 'main > h1', 'main form']) {
					assert(!(await visible(hidden)), `${hidden} is printed`);
				}
				for (const shown of ['[data-testid="summary"]', SPEND_CHART, `${SPEND_CHART} path.line`, '[data-testid="brief-levers"]', '[data-testid="brief-figures"]']) {
					assert(await visible(shown), `${shown} is not printed`);
				}
				const levers = await p.locator('[data-testid="brief-levers"]').innerText();
				assert(/Som foreslået/.test(levers) && /Stærk, fra 2028/.test(levers), `levers on the brief: ${levers}`);
				const figures = await p.locator('[data-testid="brief-figures"] tbody tr').allInnerTexts();
				assert(figures.length === 4 && figures.every((row) => /\d+,\d/.test(row)), `key figures: ${figures.join(' | ')}`);
				// The page as laid out on paper: A4 less the 12 mm margins of the print stylesheet, at 96 px per inch.
				await p.setViewportSize(A4_CONTENT_BOX);
				await p.waitForTimeout(300);
				await p.screenshot({ path: join(resultsDir, 'brief-print.png'), fullPage: true });
				const pdf = await p.pdf({ path: join(resultsDir, 'brief.pdf'), format: 'A4', preferCSSPageSize: true });
				assert(pdfPages(pdf) === 1, `the brief prints on ${pdfPages(pdf)} pages`);
				// Every lever on is the longest list there is: still one page.
				await p.evaluate(() => document.querySelector('button[data-preset="package-everything"]').click()); // the panel is not printed
				await waitForState(p, ['estimate', 'done'], ESTIMATE_TIMEOUT_MS);
				await p.screenshot({ path: join(resultsDir, 'brief-print-everything.png'), fullPage: true });
				const everything = await p.pdf({ format: 'A4', preferCSSPageSize: true });
				assert(pdfPages(everything) === 1, `with every lever on, the brief prints on ${pdfPages(everything)} pages`);
			} finally {
				await p.emulateMedia({ media: null });
				await p.setViewportSize(VIEWPORT);
			}
		});

		await test('export: the map downloads as a CSV of the 98 municipalities and as a PNG, and a municipality’s trend as SVG', async () => {
			const p = await explore();
			await p.goto(`${origin}/kort?runs=1&kommune=751`, { waitUntil: 'load' });
			await p.locator('[data-testid="map-status"]:is([data-phase="estimate"], [data-phase="runs"], [data-phase="done"])').waitFor({ timeout: MAP_TIMEOUT_MS });
			const csv = await download(p, p.locator('.map-block').getByRole('button', { name: /^CSV: .*alle kommuner/ }));
			assert(csv.name === 'map-spend_per_capita-2025.csv', `the file is called ${csv.name}`);
			const rows = csvParse(csv.bytes.toString('utf8'));
			assert(rows.length === 98 && new Set(rows.map((r) => r.municipality_code)).size === 98, `${rows.length} rows`);
			assert(rows.every((r) => Number.isFinite(Number(r.value)) && r.value !== ''), 'a municipality has no value');
			const png = await download(p, p.locator('.map-block [data-export="png"]'));
			assert(PNG_SIGNATURE.every((b, i) => png.bytes[i] === b) && png.bytes.length > 50_000, `PNG of ${png.bytes.length} bytes`);
			const svg = await download(p, p.getByRole('button', { name: /^SVG: .*Udgift pr\. indbygger, 2018–2040/ }));
			assert(svg.name === 'spend_per_capita-751-2018-2040.svg', `the file is called ${svg.name}`);
			assert((svg.bytes.toString('utf8').match(/<path /g) ?? []).length >= 3, 'the trend SVG has fewer than three lines');
			await assertAccessible(p, ['.chart-export']);
		});

		await test('export: the downloads logged no errors and requested nothing outside the origin', async () => watcher.assertClean());
	} finally {
		await context.close();
	}
	return results;
}
