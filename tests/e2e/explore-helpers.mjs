// Helpers for browser tests of the explore page (tests/e2e/run.mjs, tests/e2e/exports.mjs): wait for the
// computation's state, read and set levers, read the charts' figures, and run the command line on a
// scenario file to compare with the app.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = join(root, 'test-results');

// The status wait is shared with the other pages' checks.
export { waitForState } from './pages.mjs';

/** Every drawn value (full precision) of every chart's figure table, keyed by chart and row. */
export async function chartValues(page) {
	// Tables are built only while their disclosure is open (SeriesChart): open the closed ones, read,
	// and close them again so that later checks see the page as the user left it.
	return page.evaluate(async () => {
		const closed = [...document.querySelectorAll('figure.chart details.figures:not([open])')];
		for (const d of closed) d.open = true;
		const deadline = performance.now() + 5000;
		while (closed.some((d) => !d.querySelector('table')) && performance.now() < deadline) await new Promise((r) => requestAnimationFrame(r));
		const out = {};
		for (const table of document.querySelectorAll('table[data-testid$="-table"]')) {
			const id = table.getAttribute('data-testid');
			out[id] = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td[data-value]')].map((td) => td.getAttribute('data-value')));
		}
		for (const d of closed) d.open = false;
		return out;
	});
}

/** Rows of a chart's table of figures, opened as a user opens it (its disclosure) and closed again. */
export async function tableRowCount(page, chartTestId) {
	const summary = page.locator(`[data-testid="${chartTestId}"] details.figures summary`);
	await summary.click();
	const rows = page.locator(`[data-testid="${chartTestId}-table"] tbody tr`);
	await rows.first().waitFor({ timeout: 5000 });
	const count = await rows.count();
	await summary.click();
	return count;
}

/** Checked setting of every lever that is not off. */
export async function leverState(page) {
	return page.evaluate(() => {
		const out = {};
		for (const fs of document.querySelectorAll('fieldset[data-lever]')) {
			const checked = fs.querySelector('input[type=radio]:checked');
			if (checked && checked.value !== 'off') out[fs.getAttribute('data-lever')] = checked.value;
		}
		return out;
	});
}

/** Click a lever's setting (opening its group first if needed). */
export async function setLever(page, id, setting) {
	await page.evaluate(
		([id, setting]) => {
			const fs = document.querySelector(`fieldset[data-lever="${id}"]`);
			fs.closest('details').open = true;
			fs.querySelector(`input[value="${setting}"]`).click();
		},
		[id, setting]
	);
}

/** Run the CLI on a scenario file and return its results document. */
export function simulateCli(scenarioFile, args) {
	mkdirSync(resultsDir, { recursive: true });
	const out = join(resultsDir, `cli-${Date.now()}.json`);
	const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/simulate.ts'), '--scenario', scenarioFile, '--out', out, ...args], {
		cwd: root,
		encoding: 'utf8'
	});
	if (r.status !== 0) throw new Error(`simulate exited ${r.status}: ${r.stderr}`);
	return JSON.parse(readFileSync(out, 'utf8'));
}

/** CLI summaries are rounded to 7 significant digits. */
export function sameAsCli(appValue, cliValue) {
	return Number(Number(appValue).toPrecision(7)) === cliValue;
}
