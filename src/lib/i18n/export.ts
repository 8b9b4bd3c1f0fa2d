/**
 * Strings of the exports: the download buttons on every chart, the scenario file, and the printed
 * one-page brief of the explore page, in Danish (the default) and English. Kept apart from da.ts/en.ts
 * so the two can be merged later; `en` must have every key of `da` (enforced by `ExportMessages`).
 */

export const da = {
	chart: {
		group: (title: string) => `Hent »${title}«`,
		csv: (title: string) => `CSV: tallene bag »${title}«`,
		png: (title: string) => `PNG: »${title}« som billede`,
		svg: (title: string) => `SVG: »${title}« som vektorgrafik`,
		failed: 'Filen kunne ikke laves i denne browser.',
		source: 'Kilde: Socialområdets politiksimulator (simulerede tal)'
	},
	scenario: {
		download: 'Hent scenariet (JSON)',
		downloadHint: 'Kør filen med kommandolinjen: npm run simulate -- --scenario fil.json --out resultat.json',
		title: (levers: number) => (levers === 0 ? 'Basisscenariet (ingen ny politik)' : levers === 1 ? 'Scenarie med 1 tiltag' : `Scenarie med ${levers} tiltag`),
		print: 'Udskriv resumé'
	},
	brief: {
		heading: 'Resumé af scenariet',
		printed: (date: string) => `Udskrevet ${date}`,
		levers: 'Tiltag i scenariet',
		none: 'Ingen tiltag: basisscenariet med dagens regler.',
		from: (year: number) => `fra ${year}`,
		keyFigures: 'Nøgletal',
		keyFiguresLead: (baseline: boolean): string =>
			baseline ? 'Median over kørslerne.' : 'Median over kørslerne; i parentes forskellen fra basisscenariet.',
		indicator: 'Nøgletal'
	}
};

export type ExportMessages = typeof da;

export const en: ExportMessages = {
	chart: {
		group: (title) => `Download “${title}”`,
		csv: (title) => `CSV: the figures behind “${title}”`,
		png: (title) => `PNG: “${title}” as an image`,
		svg: (title) => `SVG: “${title}” as vector graphics`,
		failed: 'This browser could not make the file.',
		source: 'Source: Policy simulator for the specialised social area (simulated figures)'
	},
	scenario: {
		download: 'Download scenario (JSON)',
		downloadHint: 'Run the file with the command line: npm run simulate -- --scenario file.json --out results.json',
		title: (levers) => (levers === 0 ? 'The baseline (no new policy)' : levers === 1 ? 'Scenario with 1 lever' : `Scenario with ${levers} levers`),
		print: 'Print brief'
	},
	brief: {
		heading: 'Scenario brief',
		printed: (date) => `Printed ${date}`,
		levers: 'Levers in the scenario',
		none: 'No levers: the baseline with today’s rules.',
		from: (year) => `from ${year}`,
		keyFigures: 'Key figures',
		keyFiguresLead: (baseline) => (baseline ? 'Median over the runs.' : 'Median over the runs; in brackets the difference from the baseline.'),
		indicator: 'Indicator'
	}
};

export const EXPORT_MESSAGES = { da, en } as const;
