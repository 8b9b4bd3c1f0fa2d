/**
 * Strings of the map page (/kort) and the trust pages (/validering, /parametre, /model), in Danish
 * (the default) and English. Kept apart from da.ts/en.ts so the two can be merged later; `en` must
 * have every key of `da` (enforced by the `PagesMessages` type).
 */

type IndicatorText = { label: string; short: string; unit: string; note: string };

export const da = {
	model: (name: string, version: string) => `Model: ${name} version ${version}`,
	nav: { map: 'Kort', validation: 'Validering', parameters: 'Parametre', model: 'Modellen' },
	trustLinks: 'Om modellen',
	credits: {
		heading: 'Data og kreditering',
		lines: [
			'Kommunegrænser: Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur (nu Klimadatastyrelsen) og GeoDanmark, DAGI/FOT kommuneinddeling 2014-02-13, CC BY 4.0. Forenklet.',
			'Befolkning: Kilde: Danmarks Statistik, statistikbanken.dk/FOLK1A (1. jan. 2020), via Statens Serum Institut.',
			'Kommuner, regioner og landsdele: Kilde: Danmarks Statistik (geografisk hierarki).'
		]
	},
	progress: {
		starting: 'Starter beregningen …',
		estimate: (pct: string) => `Første skøn fra en stikprøve på ${pct} af befolkningen`,
		runs: (done: number, total: number) => `${done} af ${total} fuldskala-kørsler færdige`,
		done: (total: number) => `Gennemsnit af ${total} fuldskala-kørsler`,
		error: 'Beregningen mislykkedes.',
		label: 'Kørsler færdige'
	},
	map: {
		docTitle: 'Kort over kommunerne · Socialområdets politiksimulator',
		description: 'Udgifter og ventetid i de 98 kommuner, 2018–2040, i basisscenariet og et valgt scenarie.',
		title: 'Kommunerne på kort',
		lead: 'Simulerede udgifter og ventetid i hver af de 98 kommuner fra 2018 til 2040. Vælg en kommune på kortet (klik, eller Tab og Enter) for at se dens tal over tid ved siden af regionens og landets.',
		indicator: 'Vis',
		year: 'År',
		history: 'historik',
		projection: 'fremskrivning',
		scenarioLabel: 'Scenarie',
		baseline: 'Basisscenariet (ingen ny politik)',
		scenarioFromUrl: (title: string) => `Scenarie fra adressen: ${title}`,
		scenarioInvalid: 'Scenariet i adressen kunne ikke læses; kortet viser basisscenariet.',
		showWhat: 'Værdi',
		showLevel: 'Scenariets niveau',
		showDiff: 'Forskel fra basis',
		mapLabel: (indicator: string, year: number) => `Kort over de 98 kommuner: ${indicator}, ${year}. Piletaster flytter mellem kommunerne, Enter eller mellemrum vælger.`,
		legend: 'Signaturforklaring',
		noData: 'Ingen værdi',
		bornholm: 'Bornholm',
		table: 'Alle 98 kommuner som tabel',
		tableCaption: (indicator: string, year: number) => `${indicator}, ${year}, alle kommuner`,
		municipality: 'Kommune',
		region: 'Region',
		select: (name: string) => `Vælg ${name}`,
		selected: 'valgt',
		pickPrompt: 'Vælg en kommune på kortet eller i tabellen for at se dens tal over tid.',
		country: 'Hele landet',
		figuresIn: (name: string, year: number) => `${name} i ${year}`,
		trend: (indicator: string) => `${indicator}, 2018–2040`,
		trendNote: (region: string) =>
			`Kommunen, ${region} og hele landet. Regioner og land er vejede gennemsnit af kommunerne (udgifter efter befolkning, ventetid efter antal borgere i botilbud).`,
		waitNote: 'Ventetid varierer meget fra år til år i små kommuner, fordi få borgere placeres hvert år.',
		estimateNote: '18–66-årige pr. kommune er skønnet som befolkningen × landsgennemsnittets andel (62,4 %).',
		diffUnit: (unit: string) => `forskel fra basis, ${unit}`,
		indicators: {
			spend_per_capita: {
				label: 'Udgift pr. indbygger',
				short: 'Udgift pr. indbygger',
				unit: 'kr. pr. indbygger, 2023-priser',
				note: 'Kommunens udgifter på det specialiserede socialområde (børn, unge og voksne) pr. indbygger.'
			},
			spend_residential_per_adult: {
				label: 'Botilbudsudgift pr. 18–66-årig',
				short: 'Botilbud pr. 18–66-årig',
				unit: 'kr. pr. 18–66-årig, 2023-priser',
				note: 'Udgifter til botilbud og botilbudslignende tilbud pr. 18–66-årig (skønnet antal).'
			},
			wait_months_residential: {
				label: 'Ventetid på botilbud',
				short: 'Ventetid',
				unit: 'måneder',
				note: 'Gennemsnitlig ventetid for borgere, der fik en plads i året.'
			}
		} satisfies Record<string, IndicatorText>
	},
	validation: {
		docTitle: 'Validering · Socialområdets politiksimulator',
		description: 'Basisscenariet sammenholdt med alle offentliggjorte tal for 2018–2022.',
		title: 'Validering mod 2018–2022',
		lead: 'Modellens basisscenarie sammenholdt med hvert offentliggjort tal for 2018–2022, som modellen er kalibreret og kontrolleret mod. Kørslerne sker her i browseren, med usikre antagelser trukket fra deres intervaller i hver kørsel.',
		method: (runs: number, seed: number) =>
			`Modelværdien er gennemsnittet af ${runs} kørsler i fuld skala (tilfældighedsfrø ${seed}); “spænd” er laveste og højeste kørsel. Afvigelse = model ÷ mål − 1.`,
		caption: 'Basisscenariet mod offentliggjorte tal, 2018–2022',
		indicator: 'Indikator',
		year: 'År',
		target: 'Offentliggjort',
		source: 'Kilde',
		modelValue: 'Model',
		range: 'Spænd',
		error: 'Afvigelse',
		tolerance: 'Tolerance',
		within: 'Inden for?',
		yes: 'ja',
		no: 'nej',
		pending: 'beregnes …',
		summary: (ok: number, total: number) => `${ok} af ${total} tal inden for tolerancen.`,
		calibrationNote: 'Hvilke tal der er brugt til at kalibrere hvilke skalarer, står i dokumentationen af kalibreringen (docs/calibration.md); de øvrige er kontroller, som mekanismerne skal ramme af sig selv.',
		indicators: {
			spend_total: 'Samlede udgifter (mia. kr.)',
			spend_adults: 'Udgifter, voksne (mia. kr.)',
			spend_children: 'Udgifter, børn og unge (mia. kr.)',
			spend_residential: 'Udgifter til botilbud (mia. kr.)',
			recipients_total: 'Modtagere i alt',
			recipients_children: 'Modtagere, børn og unge',
			recipients_adults: 'Modtagere, voksne',
			residents_residential: 'Beboere i botilbud',
			residents_botilbudslignende: 'Beboere i botilbudslignende tilbud',
			places_total: 'Pladser i alt',
			places_botilbudslignende: 'Botilbudslignende pladser',
			places_107: 'Pladser, § 107',
			places_108: 'Pladser, § 108',
			spend_crisis_centres: 'Udgifter, krisecentre (mia. kr.)',
			crisis_avg_stay_days: 'Dage pr. kvinde på krisecenter',
			crisis_women: 'Kvinder på krisecenter',
			bpa_recipients: 'Modtagere af BPA'
		} as Record<string, string>
	},
	parameters: {
		docTitle: 'Parametre · Socialområdets politiksimulator',
		description: 'Alle modellens parametre med værdi og kilde: fakta, usikre antagelser, kalibrerede skalarer og politikknapper.',
		title: 'Alle parametre',
		lead: 'Hvert tal i modellen med dets kilde. Kildehenvisningerne (fx “expert-report B2”) peger på ekspertudvalgets rapport og aftaleteksterne; “[D]” er udledt ved regning, “antagelse” (“assumption”) er en antagelse, og “modelforslag” er domænenoternes forslag til, hvordan en anbefaling kan modelleres (ikke rapportens egen påstand). Forklaringerne er oversat fra kommentarerne i modellens kildekode. Ved politikknapperne citeres modelbeskrivelsens bilag A.',
		modelDocQuote: 'Modelbeskrivelsen',
		contents: 'Indhold',
		world: 'Fakta og faste strukturparametre',
		worldNote: 'Fra models/parameters/world.ts. Gælder i basisscenariet.',
		groups: 'Målgrupper',
		groupsNote: 'Startbestand og tilgang pr. år er før kalibrering (skaleres af de kalibrerede skalarer nedenfor).',
		assumptions: 'Usikre antagelser',
		assumptionsNote: 'Fra models/parameters/assumptions.ts. Hver kørsel trækker hver antagelse fra en trekantfordeling over intervallet med toppunkt i den centrale værdi.',
		calibrated: 'Kalibrerede skalarer',
		calibratedNote: 'Fra models/parameters/calibrated.json, tilpasset tallene for 2018–2022 med npm run calibrate.',
		policy: 'Politikknapper',
		policyNote: 'Fra models/parameters/policy.ts. Standardværdien er reglerne i dag (basisscenariet); tiltag sætter knapperne fra et startår.',
		name: 'Navn',
		value: 'Værdi',
		sourceNote: 'Kilde og forklaring',
		central: 'Central',
		range: 'Interval',
		unit: 'Enhed',
		why: 'Begrundelse',
		default: 'I dag (standard)',
		allowed: 'Tilladte værdier',
		meaning: 'Betydning',
		group: 'Gruppe',
		fittedTo: 'Bruges til',
		none: '–'
	},
	modelPage: {
		docTitle: 'Modellen · Socialområdets politiksimulator',
		description: 'Modellens dokumentation (ODD-protokollen) og hvad modellen ikke kan sige.',
		title: 'Modellen',
		lead: 'Den fulde dokumentation af den agentbaserede model efter ODD-protokollen (Overview, Design concepts, Details).',
		cannotTitle: 'Hvad modellen ikke kan sige',
		cannot: [
			'Modellen giver ingen prognose for enkelte kommuners budgetter. Kommunale tal er simulerede og bygger på landstal fordelt efter befolkning og tilfældige forskelle; der er ingen kommunale regnskabstal i modellen.',
			'Ekspertudvalget angiver ingen effektstørrelser. Hvert tiltags styrke er en antagelse med et interval, og resultaterne er derfor betingede “hvad nu hvis”-beregninger, ikke forudsigelser.',
			'Kommunale budgetter, servicerammen og fortrængning af andre velfærdsområder er ikke med. Udgifterne er aldrig begrænset af et budget.',
			'Forebyggelse, hvor gevinsten lander i andre kasser (sundhed, beskæftigelse), er ikke modelleret; heller ikke beskæftigelse og uddannelse som udfald.',
			'Regioner træffer ingen beslutninger, og der er ingen hjemtagningsregler, enkeltmandsprojekter, lukningshøringer eller nationale styringsbeføjelser (NATKO).',
			'Private leverandører sænker aldrig kvaliteten for at spare; kvalitet er ikke et valg for leverandøren.',
			'Hjælpemidler, “andre” udgiftslinjer og dag- og aktivitetstilbud er faste aggregater, som ingen politik påvirker.',
			'Befolkningen vokser med samme takt i alle kommuner, og andelen af 18–66-årige er landsgennemsnittet overalt.',
			'Livskvalitet er et fast indeks, ikke et målt tal. Ventetid i små kommuner svinger meget fra år til år.'
		],
		cannotMore: 'Den fulde liste, mekanisme for mekanisme, står i afsnit 10 nedenfor.',
		toSection: 'Gå til afsnit 10: Hvad modellen (endnu) ikke kan sige',
		docHeading: 'Dokumentation (ODD)',
		contents: 'Indhold'
	}
};

export type PagesMessages = typeof da;

export const en: PagesMessages = {
	model: (name, version) => `Model: ${name} version ${version}`,
	nav: { map: 'Map', validation: 'Validation', parameters: 'Parameters', model: 'The model' },
	trustLinks: 'About the model',
	credits: {
		heading: 'Data and credits',
		lines: [
			'Municipal boundaries: Contains data from the Danish Agency for Data Supply and Infrastructure (now the Danish Agency for Climate Data) and GeoDanmark, DAGI/FOT municipal division 2014-02-13, CC BY 4.0. Simplified.',
			'Population: Source: Statistics Denmark, statistikbanken.dk/FOLK1A (1 Jan 2020), via Statens Serum Institut.',
			'Municipalities, regions and provinces: Source: Statistics Denmark (geographical hierarchy).'
		]
	},
	progress: {
		starting: 'Starting the simulation …',
		estimate: (pct) => `First estimate from a ${pct} sample of the population`,
		runs: (done, total) => `${done} of ${total} full-scale runs done`,
		done: (total) => `Mean of ${total} full-scale runs`,
		error: 'The simulation failed.',
		label: 'Runs done'
	},
	map: {
		docTitle: 'Map of the municipalities · Policy simulator for the specialised social area',
		description: 'Spending and waiting in the 98 municipalities, 2018–2040, in the baseline and a chosen scenario.',
		title: 'The municipalities on a map',
		lead: 'Simulated spending and waiting in each of the 98 municipalities from 2018 to 2040. Choose a municipality on the map (click, or Tab and Enter) to see its figures over time beside its region’s and the country’s.',
		indicator: 'Show',
		year: 'Year',
		history: 'history',
		projection: 'projection',
		scenarioLabel: 'Scenario',
		baseline: 'Baseline (no new policy)',
		scenarioFromUrl: (title) => `Scenario from the address: ${title}`,
		scenarioInvalid: 'The scenario in the address could not be read; the map shows the baseline.',
		showWhat: 'Value',
		showLevel: 'Scenario level',
		showDiff: 'Difference from baseline',
		mapLabel: (indicator, year) => `Map of the 98 municipalities: ${indicator}, ${year}. Arrow keys move between municipalities, Enter or Space selects.`,
		legend: 'Legend',
		noData: 'No value',
		bornholm: 'Bornholm',
		table: 'All 98 municipalities as a table',
		tableCaption: (indicator, year) => `${indicator}, ${year}, all municipalities`,
		municipality: 'Municipality',
		region: 'Region',
		select: (name) => `Select ${name}`,
		selected: 'selected',
		pickPrompt: 'Choose a municipality on the map or in the table to see its figures over time.',
		country: 'Denmark',
		figuresIn: (name, year) => `${name} in ${year}`,
		trend: (indicator) => `${indicator}, 2018–2040`,
		trendNote: (region) =>
			`The municipality, ${region} and the whole country. Regions and country are weighted means of their municipalities (spending by population, waiting by residents in residential care).`,
		waitNote: 'Waiting varies a lot from year to year in small municipalities, as few citizens are placed each year.',
		estimateNote: 'The 18–66 population per municipality is estimated as population × the national share (62.4 %).',
		diffUnit: (unit) => `difference from baseline, ${unit}`,
		indicators: {
			spend_per_capita: {
				label: 'Spending per inhabitant',
				short: 'Spending per inhabitant',
				unit: 'DKK per inhabitant, 2023 prices',
				note: 'The municipality’s spending on the specialised social area (children, youth and adults) per inhabitant.'
			},
			spend_residential_per_adult: {
				label: 'Residential spending per 18–66-year-old',
				short: 'Residential per 18–66',
				unit: 'DKK per 18–66-year-old, 2023 prices',
				note: 'Spending on residential and botilbud-like offers per 18–66-year-old (estimated number).'
			},
			wait_months_residential: {
				label: 'Waiting for a residential place',
				short: 'Waiting',
				unit: 'months',
				note: 'Mean waiting time of citizens placed in the year.'
			}
		}
	},
	validation: {
		docTitle: 'Validation · Policy simulator for the specialised social area',
		description: 'The baseline against every published figure for 2018–2022.',
		title: 'Validation against 2018–2022',
		lead: 'The model’s baseline against every published figure for 2018–2022 that it is calibrated to or checked against. The runs happen here in the browser, with uncertain assumptions drawn from their ranges in each run.',
		method: (runs, seed) =>
			`The model value is the mean of ${runs} full-scale runs (seed ${seed}); “range” is the lowest and highest run. Error = model ÷ target − 1.`,
		caption: 'The baseline against published figures, 2018–2022',
		indicator: 'Indicator',
		year: 'Year',
		target: 'Published',
		source: 'Source',
		modelValue: 'Model',
		range: 'Range',
		error: 'Error',
		tolerance: 'Tolerance',
		within: 'Within?',
		yes: 'yes',
		no: 'no',
		pending: 'running …',
		summary: (ok, total) => `${ok} of ${total} figures within tolerance.`,
		calibrationNote: 'Which figures calibrate which scalars is documented with the calibration (docs/calibration.md); the others are checks the mechanisms must reproduce on their own.',
		indicators: {
			spend_total: 'Total spending (bn DKK)',
			spend_adults: 'Spending, adults (bn DKK)',
			spend_children: 'Spending, children and youth (bn DKK)',
			spend_residential: 'Residential spending (bn DKK)',
			recipients_total: 'Recipients, total',
			recipients_children: 'Recipients, children and youth',
			recipients_adults: 'Recipients, adults',
			residents_residential: 'Residents in residential care',
			residents_botilbudslignende: 'Residents in botilbud-like housing',
			places_total: 'Places, total',
			places_botilbudslignende: 'Botilbud-like places',
			places_107: 'Places, § 107',
			places_108: 'Places, § 108',
			spend_crisis_centres: 'Spending, crisis centres (bn DKK)',
			crisis_avg_stay_days: 'Days per woman in a crisis centre',
			crisis_women: 'Women in crisis centres',
			bpa_recipients: 'BPA recipients'
		}
	},
	parameters: {
		docTitle: 'Parameters · Policy simulator for the specialised social area',
		description: 'Every parameter of the model with its value and source: facts, uncertain assumptions, calibrated scalars and policy knobs.',
		title: 'Every parameter',
		lead: 'Every number in the model with its source. Source references (e.g. “expert-report B2”) point to the expert committee’s report and the agreement texts; “[D]” is derived by arithmetic, “assumption” is an assumption.',
		modelDocQuote: 'Model documentation',
		contents: 'Contents',
		world: 'Facts and fixed structural parameters',
		worldNote: 'From models/parameters/world.ts. They hold in the baseline.',
		groups: 'Target groups',
		groupsNote: 'Initial stock and entries per year are before calibration (scaled by the calibrated scalars below).',
		assumptions: 'Uncertain assumptions',
		assumptionsNote: 'From models/parameters/assumptions.ts. Each run draws each assumption from a triangular distribution over its range with its mode at the central value.',
		calibrated: 'Calibrated scalars',
		calibratedNote: 'From models/parameters/calibrated.json, fitted to the 2018–2022 figures by npm run calibrate.',
		policy: 'Policy knobs',
		policyNote: 'From models/parameters/policy.ts. The default is today’s rules (the baseline); levers set the knobs from a start year.',
		name: 'Name',
		value: 'Value',
		sourceNote: 'Source and explanation',
		central: 'Central',
		range: 'Range',
		unit: 'Unit',
		why: 'Reasoning',
		default: 'Today (default)',
		allowed: 'Allowed values',
		meaning: 'Meaning',
		group: 'Group',
		fittedTo: 'Used for',
		none: '–'
	},
	modelPage: {
		docTitle: 'The model · Policy simulator for the specialised social area',
		description: 'The model documentation (ODD protocol) and what the model cannot say.',
		title: 'The model',
		lead: 'The full documentation of the agent-based model following the ODD protocol (Overview, Design concepts, Details).',
		cannotTitle: 'What the model cannot say',
		cannot: [
			'The model gives no forecast of individual municipalities’ budgets. Municipal figures are simulated from national figures distributed by population and random differences; there are no municipal accounts in the model.',
			'The expert committee gives no effect sizes. The strength of each lever is an assumption with a range, so results are conditional “what if” calculations, not predictions.',
			'Municipal budgets, the service ceiling and crowding out of other welfare areas are not included. Spending is never constrained by a budget.',
			'Prevention whose gains fall in other budgets (health, employment) is not modelled; nor are employment and education outcomes.',
			'Regions make no decisions, and there are no takeover rules, single-person facilities, closure consultations or national steering powers (NATKO).',
			'Private providers never cut quality to save cost; quality is not a provider’s choice.',
			'Aids, “other” spending lines and day and activity offers are fixed aggregates that no policy affects.',
			'Population grows at the same rate in every municipality, and the share aged 18–66 is the national share everywhere.',
			'Quality of life is a fixed index, not a measured figure. Waiting in small municipalities varies a lot from year to year.'
		],
		cannotMore: 'The full list, mechanism by mechanism, is in section 10 below.',
		toSection: 'Go to section 10: What the model cannot (yet) say',
		docHeading: 'Documentation (ODD)',
		contents: 'Contents'
	}
};

export const PAGES_MESSAGES = { da, en } as const;
