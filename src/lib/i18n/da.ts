import type { StoreProblem } from '$lib/client/saved';
/** Danish strings (the default). Every key here must exist in en.ts (enforced by the `Messages` type). */
export const da = {
	langName: 'Dansk',
	product: 'Socialområdets politiksimulator',
	tagline: 'Det specialiserede socialområde i Danmark, 2018–2040',
	skip: 'Spring til indhold',
	nav: { label: 'Sider', explore: 'Udforsk', compare: 'Sammenlign' },
	languageSwitch: 'Sprog',
	footerHeading: 'Kilder og kreditering',
	credits: [
		'Befolkning: Kilde: Danmarks Statistik, statistikbanken.dk/FOLK1A (1. jan. 2020), via Statens Serum Institut.',
		'Kommuner, regioner og landsdele: Kilde: Danmarks Statistik (geografisk hierarki).',
		'Kommunegrænser og arealer: Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur (nu Klimadatastyrelsen) og GeoDanmark, DAGI/FOT kommuneinddeling 2014-02-13, CC BY 4.0. Forenklet.'
	],
	explore: {
		title: 'Udforsk tiltag',
		docTitle: 'Udforsk tiltag · Socialområdets politiksimulator',
		description: 'Vælg ekspertudvalgets anbefalinger og se udgifter og kvalitet til 2040 mod basisscenariet, med usikkerhed.',
		lead: 'Vælg ekspertudvalgets anbefalinger og aftalernes instrumenter, og se hvordan udgifter og kvalitet udvikler sig til 2040 i forhold til basisscenariet (ingen ny politik).'
	},
	levers: {
		heading: 'Tiltag',
		presets: 'Pakker',
		reset: 'Nulstil alle',
		chosen: (n: number) => (n === 1 ? '1 valgt' : `${n} valgt`),
		startYear: 'Fra år',
		setting: 'Indstilling',
		groups: {
			ch2: 'Kap. 2 · Regler, styring og botilbud',
			ch3: 'Kap. 3 · Børn og unge',
			ch4: 'Kap. 4 · Enklere regler og tilsyn',
			ch5: 'Kap. 5 · Viden og data',
			ch6: 'Kap. 6 · Recovery og progression',
			first_report: 'Første rapport (2023)',
			instrument: 'Aftaler og instrumenter'
		},
		presetNames: {
			baseline: 'Basis (ingen ny politik)',
			'package-first-report': 'Første rapport',
			'package-botilbud': 'Botilbudspakken',
			'package-all-19': 'Alle 19 anbefalinger',
			'package-everything': 'Alt'
		} as Record<string, string>
	},
	status: {
		starting: 'Starter beregningen …',
		estimate: 'Første skøn',
		estimateNote: (pct: string) => `stikprøve på ${pct} af befolkningen`,
		runs: (done: number, total: number) => `${done} af ${total} kørsler`,
		done: (total: number) => `Alle ${total} kørsler færdige`,
		updating: 'Opdaterer …',
		baselineWaiting: 'venter på basisscenariet',
		error: 'Beregningen mislykkedes.',
		errorHint: 'Prøv at genindlæse siden. Fortsætter fejlen, så send teksten ovenfor til projektet.',
		progressLabel: 'Fuldskala-kørsler færdige'
	},
	summary: {
		heading: 'Resultat i 2035',
		baselineOnly: (spend: string, interval: string, qol: string) =>
			`Basisscenariet: udgifterne i 2035 er ${spend} mia. kr.${interval}; livskvaliteten er ${qol} på en skala fra 0 til 100.`,
		spend: (level: string, diff: string, interval: string, direction: 'below' | 'above' | 'equal') =>
			direction === 'equal'
				? `Udgifter i 2035: ${level} mia. kr., det samme som basisscenariet`
				: `Udgifter i 2035: ${level} mia. kr., ${diff} mia. kr.${interval} ${direction === 'below' ? 'under' : 'over'} basisscenariet`,
		qol: (diff: string, interval: string, direction: 'below' | 'above' | 'equal') =>
			direction === 'equal'
				? 'livskvaliteten er uændret'
				: `livskvaliteten ${direction === 'above' ? 'stiger' : 'falder'} ${diff} point${interval} på en skala fra 0 til 100`,
		wait: (diff: string, direction: 'below' | 'above' | 'equal') =>
			direction === 'equal' ? 'ventetiden på botilbud er uændret' : `ventetiden på botilbud er ${diff} måneder ${direction === 'below' ? 'kortere' : 'længere'}`,
		interval: (lo: string, hi: string) => ` (90 %: ${lo} til ${hi})`,
		estimateCaveat: 'Usikkerheden vises, når kørslerne i fuld skala er færdige.',
		basis: (n: number) => `Parvise forskelle over ${n} kørsler med samme tilfældige tal i begge scenarier.`
	},
	save: {
		heading: 'Gem scenariet',
		name: 'Navn på scenariet',
		button: 'Gem',
		saved: (name: string) => `Gemt som »${name}«.`,
		failed: 'Browseren ville ikke gemme scenariet.',
		nothing: 'Vælg mindst ét tiltag for at gemme et scenarie.',
		defaultName: (n: number) => `Scenarie ${n}`,
		toCompare: 'Sammenlign gemte scenarier'
	},
	chart: {
		scenario: 'Scenarie',
		baseline: 'Basisscenarie',
		median: 'median',
		band50: '50 %-interval',
		band90: '90 %-interval',
		history: 'Historik 2018–2022',
		historyShort: 'Historik',
		projection: 'Fremskrivning 2023–2040',
		projectionShort: 'Fremskrivning',
		year: 'År',
		showTable: 'Vis tallene',
		estimateLegend: 'Første skøn (stikprøve)',
		bandsNote: (n: number) => (n > 1 ? `Bånd over ${n} kørsler.` : 'Båndene vises, når flere kørsler er færdige.'),
		timeFrame: '2018–2040',
		difference: 'Forskel fra basis',
		interval90: '90 %-interval'
	},
	indicators: {
		spend_total: { title: 'Samlede udgifter', unit: 'mia. kr. (2023-priser)' },
		spend_residential: { title: 'Udgifter til botilbud', unit: 'mia. kr. (2023-priser)', note: '§ 107, § 108 og § 85 i botilbudslignende boliger' },
		spend_municipal_net: { title: 'Kommunernes nettoudgifter', unit: 'mia. kr. (2023-priser)', note: 'efter statens refusion' },
		qol_mean: { title: 'Livskvalitet', unit: 'skala 0–100', note: 'gennemsnit for alle modtagere' },
		match_share: { title: 'Match mellem borger og botilbud', unit: '% af beboerne' },
		wait_months_residential: { title: 'Ventetid på botilbud', unit: 'måneder', note: 'gennemsnit fra visitation til plads' },
		progression_share: { title: 'Fremgang i funktionsniveau', unit: '% af voksne modtagere' },
		core_task_share: { title: 'Tid med borgerne', unit: '% af medarbejdernes tid' }
	} as Record<string, { title: string; unit: string; note?: string }>,
	sections: {
		spending: 'Udgifter',
		quality: 'Kvalitet',
		qualityLead: 'Scenariets median (fuld linje) mod basisscenariet (stiplet), 2018–2040.',
		costQuality: 'Udgifter og kvalitet i 2035',
		costQualityLead: 'Hvert scenarie placeret efter udgiftsvækst og ændring i livskvalitet fra 2022 til 2035. Linjerne viser 90 %-intervallet.',
		costQualityX: 'Udgiftsvækst 2022–2035, %',
		costQualityY: 'Ændring i livskvalitet 2022–2035, point (0–100)'
	},
	compare: {
		title: 'Sammenlign scenarier',
		docTitle: 'Sammenlign scenarier · Socialområdets politiksimulator',
		description: 'Basisscenariet og op til fire gemte scenarier side om side.',
		lead: 'Basisscenariet og op til fire gemte scenarier side om side: udvikling, forskel fra basis med interval, og nøgletal.',
		choose: 'Vælg op til fire gemte scenarier',
		none: 'Du har ikke gemt nogen scenarier endnu. Vælg tiltag på siden Udforsk, og gem scenariet.',
		toExplore: 'Gå til Udforsk',
		remove: (name: string) => `Slet »${name}«`,
		limit: 'Du kan sammenligne højst fire scenarier ad gangen.',
		corrupt: (problem: StoreProblem) =>
			`De gemte scenarier kunne ikke læses (${problem.kind === 'json' ? 'ikke gyldig JSON' : problem.kind === 'storage' ? 'browserens lager er ikke tilgængeligt' : `uventet indhold${problem.path ? ` i ${problem.path}` : ''}`}) og er nulstillet.`,
		dropped: (items: string) => `Nogle tiltag findes ikke længere og er fjernet: ${items}.`,
		overlay: 'Samlede udgifter',
		overlayLead: 'Median for hvert scenarie, 2018–2040.',
		diff: 'Forskel fra basisscenariet i samlede udgifter',
		diffLead: 'Parvis forskel (scenarie minus basis) med 90 %-interval, 2018–2040.',
		table: 'Nøgletal',
		tableLead: 'Median over kørslerne; i parentes forskellen fra basisscenariet og dens 90 %-interval.',
		estimateNote: 'Tallene er foreløbige skøn fra en stikprøve, indtil de første kørsler i fuld skala er færdige.',
		indicator: 'Nøgletal',
		levers: (n: number) => (n === 1 ? '1 tiltag' : `${n} tiltag`)
	},
	units: { bn: 'mia. kr.', months: 'mdr.', points: 'point', pct: '%' }
};

export type Messages = typeof da;
