/** English strings. */
import type { Messages } from './da';

export const en: Messages = {
	langName: 'English',
	product: 'Social Area Policy Simulator',
	tagline: 'The specialised social area in Denmark, 2018–2040',
	skip: 'Skip to content',
	nav: { label: 'Pages', explore: 'Explore', compare: 'Compare' },
	languageSwitch: 'Language',
	footerHeading: 'Sources and credits',
	credits: [
		'Population: Source: Statistics Denmark, statistikbanken.dk/FOLK1A (1 Jan 2020), via Statens Serum Institut.',
		'Municipalities, regions and provinces: Source: Statistics Denmark (geographical hierarchy).',
		'Municipal boundaries and areas: Contains data from the Agency for Data Supply and Infrastructure (now the Danish Climate Data Agency) and GeoDanmark, DAGI/FOT municipal division 2014-02-13, CC BY 4.0. Simplified.'
	],
	explore: {
		title: 'Explore policies',
		docTitle: 'Explore policies · Social Area Policy Simulator',
		description: 'Choose the Expert Committee’s recommendations and see spending and quality to 2040 against the baseline, with uncertainty.',
		lead: 'Choose the Expert Committee’s recommendations and the agreements’ instruments, and see how spending and quality develop to 2040 compared with the baseline (no new policy).'
	},
	levers: {
		heading: 'Policies',
		presets: 'Packages',
		reset: 'Reset all',
		chosen: (n: number) => `${n} chosen`,
		startYear: 'From',
		setting: 'Setting',
		groups: {
			ch2: 'Ch. 2 · Rules, management and residential care',
			ch3: 'Ch. 3 · Children and young people',
			ch4: 'Ch. 4 · Simpler rules and supervision',
			ch5: 'Ch. 5 · Knowledge and data',
			ch6: 'Ch. 6 · Recovery and progression',
			first_report: 'First report (2023)',
			instrument: 'Agreements and instruments'
		},
		presetNames: {
			baseline: 'Baseline (no new policy)',
			'package-first-report': 'First report',
			'package-botilbud': 'Residential package',
			'package-all-19': 'All 19 recommendations',
			'package-everything': 'Everything'
		}
	},
	status: {
		starting: 'Starting the simulation …',
		estimate: 'First estimate',
		estimateNote: (pct: string) => `a ${pct} sample of the population`,
		runs: (done: number, total: number) => `${done} of ${total} runs`,
		done: (total: number) => `All ${total} runs done`,
		updating: 'Updating …',
		baselineWaiting: 'waiting for the baseline',
		error: 'The simulation failed.',
		errorHint: 'Try reloading the page. If the error persists, send the text above to the project.',
		progressLabel: 'Full-scale runs done'
	},
	summary: {
		heading: 'Result in 2035',
		baselineOnly: (spend: string, interval: string, qol: string) =>
			`Baseline: spending in 2035 is DKK ${spend} bn${interval}; quality of life is ${qol} on a 0–100 scale.`,
		spend: (level: string, diff: string, interval: string, direction: 'below' | 'above' | 'equal') =>
			direction === 'equal'
				? `Spending in 2035: DKK ${level} bn, the same as the baseline`
				: `Spending in 2035: DKK ${level} bn, ${diff} bn${interval} ${direction} baseline`,
		qol: (diff: string, interval: string, direction: 'below' | 'above' | 'equal') =>
			direction === 'equal'
				? 'quality of life is unchanged'
				: `quality of life ${direction === 'above' ? 'rises' : 'falls'} by ${diff} points${interval} on a 0–100 scale`,
		wait: (diff: string, direction: 'below' | 'above' | 'equal') =>
			direction === 'equal' ? 'the wait for residential care is unchanged' : `the wait for residential care is ${diff} months ${direction === 'below' ? 'shorter' : 'longer'}`,
		interval: (lo: string, hi: string) => ` (90 %: ${lo} to ${hi})`,
		estimateCaveat: 'The uncertainty follows as the full-scale runs finish.',
		basis: (n: number) => `Paired differences over ${n} runs with the same random numbers in both scenarios.`
	},
	save: {
		heading: 'Save the scenario',
		name: 'Scenario name',
		button: 'Save',
		saved: (name: string) => `Saved as “${name}”.`,
		failed: 'The browser would not save the scenario.',
		nothing: 'Choose at least one policy to save a scenario.',
		defaultName: (n: number) => `Scenario ${n}`,
		toCompare: 'Compare saved scenarios'
	},
	chart: {
		scenario: 'Scenario',
		baseline: 'Baseline',
		median: 'median',
		band50: '50 % interval',
		band90: '90 % interval',
		history: 'History 2018–2022',
		historyShort: 'History',
		projection: 'Projection 2023–2040',
		projectionShort: 'Projection',
		year: 'Year',
		showTable: 'Show the figures',
		estimateLegend: 'First estimate (sample)',
		bandsNote: (n: number) => (n > 1 ? `Bands over ${n} runs.` : 'Bands appear as more runs finish.'),
		timeFrame: '2018–2040',
		difference: 'Difference from baseline',
		interval90: '90 % interval'
	},
	indicators: {
		spend_total: { title: 'Total spending', unit: 'DKK bn (2023 prices)' },
		spend_residential: { title: 'Residential care spending', unit: 'DKK bn (2023 prices)', note: '§ 107, § 108 and § 85 in botilbud-like housing' },
		spend_municipal_net: { title: 'Municipalities’ net spending', unit: 'DKK bn (2023 prices)', note: 'after state refunds' },
		qol_mean: { title: 'Quality of life', unit: 'scale 0–100', note: 'mean over all recipients' },
		match_share: { title: 'Citizen–facility match', unit: '% of residents' },
		wait_months_residential: { title: 'Wait for residential care', unit: 'months', note: 'mean from assessment to a place' },
		progression_share: { title: 'Improved functioning', unit: '% of adult recipients' },
		core_task_share: { title: 'Time with citizens', unit: '% of frontline staff time' }
	},
	sections: {
		spending: 'Spending',
		quality: 'Quality',
		qualityLead: 'Scenario median (solid) against the baseline (dashed), 2018–2040.',
		costQuality: 'Spending and quality in 2035',
		costQualityLead: 'Each scenario placed by spending growth and change in quality of life from 2022 to 2035. Whiskers show the 90 % interval.',
		costQualityX: 'Spending growth 2022–2035, %',
		costQualityY: 'Change in quality of life 2022–2035, points (0–100)'
	},
	compare: {
		title: 'Compare scenarios',
		docTitle: 'Compare scenarios · Social Area Policy Simulator',
		description: 'The baseline and up to four saved scenarios side by side.',
		lead: 'The baseline and up to four saved scenarios side by side: paths, difference from the baseline with its interval, and key figures.',
		choose: 'Choose up to four saved scenarios',
		none: 'You have not saved any scenarios yet. Choose policies on the Explore page and save the scenario.',
		toExplore: 'Go to Explore',
		remove: (name: string) => `Delete “${name}”`,
		limit: 'You can compare at most four scenarios at a time.',
		corrupt: (problem) =>
			`The saved scenarios could not be read (${problem.kind === 'json' ? 'not valid JSON' : problem.kind === 'storage' ? 'browser storage is unavailable' : `unexpected content${problem.path ? ` in ${problem.path}` : ''}`}) and have been reset.`,
		dropped: (items: string) => `Some policies no longer exist and were removed: ${items}.`,
		overlay: 'Total spending',
		overlayLead: 'Median of each scenario, 2018–2040.',
		diff: 'Difference from the baseline in total spending',
		diffLead: 'Paired difference (scenario minus baseline) with its 90 % interval, 2018–2040.',
		table: 'Key figures',
		tableLead: 'Median over the runs; in brackets the difference from the baseline and its 90 % interval.',
		estimateNote: 'The figures are provisional estimates from a sample until the first full-scale runs finish.',
		indicator: 'Indicator',
		levers: (n: number) => (n === 1 ? '1 policy' : `${n} policies`)
	},
	units: { bn: 'DKK bn', months: 'months', points: 'points', pct: '%' }
};
