/**
 * The plain-language summary of a scenario against the baseline in 2035, e.g. "Spending in 2035:
 * DKK 71.2 bn, 3.1 bn (90 %: 1.8 to 4.4) below baseline; quality of life rises by …".
 */
import type { Difference } from '$lib/client/results';
import type { YearFigure } from '$lib/client/views';
import type { Messages } from '$lib/i18n/da';

type Direction = 'below' | 'above' | 'equal';
type Num = (value: number, digits?: number) => string;

/** Direction of a difference as printed with `digits` decimals (a difference that rounds to 0 is "equal"). */
export function direction(d: number, digits: number): Direction {
	const rounded = Number(d.toFixed(digits));
	return rounded === 0 ? 'equal' : rounded < 0 ? 'below' : 'above';
}

/** The interval, as magnitudes when it lies on one side of zero, else signed. */
function interval(m: Messages, num: Num, d: Difference, digits: number): string {
	if (d.n < 2) return '';
	if (d.p95 <= 0) return m.summary.interval(num(-d.p95, digits), num(-d.p5, digits));
	if (d.p5 >= 0) return m.summary.interval(num(d.p5, digits), num(d.p95, digits));
	return m.summary.interval(num(d.p5, digits), num(d.p95, digits));
}

export function summarySentence(
	m: Messages,
	num: Num,
	figures: { spend?: YearFigure; qol?: YearFigure; wait?: YearFigure; spendInterval?: [number, number] },
	isBaseline: boolean
): string | undefined {
	const { spend, qol, wait } = figures;
	if (!spend || !qol) return undefined;
	if (isBaseline) {
		const iv = figures.spendInterval ? m.summary.interval(num(figures.spendInterval[0]), num(figures.spendInterval[1])) : '';
		return m.summary.baselineOnly(num(spend.level), iv, num(qol.level));
	}
	if (!spend.diff || !qol.diff) return undefined;
	const sd = spend.diff;
	const sdir = direction(sd.median, 1);
	const parts = [m.summary.spend(num(spend.level), num(Math.abs(sd.median)), interval(m, num, sd, 1), sdir)];
	const qdir = direction(qol.diff.median, 1);
	parts.push(m.summary.qol(num(Math.abs(qol.diff.median)), qdir === 'equal' ? '' : interval(m, num, qol.diff, 1), qdir));
	if (wait?.diff) parts.push(m.summary.wait(num(Math.abs(wait.diff.median)), direction(wait.diff.median, 1)));
	return `${parts.join('; ')}.`;
}
