/**
 * Strings of the presenter mode (/praesenter), in Danish (the default) and English. Kept apart from
 * da.ts/en.ts like pages.ts; `en` must have every key of `da` (enforced by the `PresentMessages` type).
 */

/** A quality figure in the slide's strip: a short label, the unit of its level and of its difference. */
type QualityText = { label: string; unit: string; diffUnit: string };

export const da = {
	/** The language's own name, on the button that switches to it. */
	languageName: 'Dansk',
	nav: 'Præsentér',
	docTitle: 'Præsentation · Socialområdets politiksimulator',
	description: 'Præsentationstilstand: pakkerne trin for trin mod basisscenariet, i fuld skærm og med stor skrift.',
	counter: (n: number, total: number) => `Dias ${n} af ${total}`,
	previous: 'Forrige',
	next: 'Næste',
	controls: 'Styring af præsentationen',
	fullscreen: 'Fuld skærm',
	fullscreenRefused: 'Browseren tillod ikke fuld skærm. Brug browserens egen tast (ofte F11).',
	leave: 'Afslut',
	leaveLabel: 'Afslut præsentationen og gå til Udforsk',
	keys: '← → skifter dias · F fuld skærm',
	exploreSlide: 'Dit scenarie fra Udforsk',
	baselineSubtitle: 'Reglerne i dag, uden nye tiltag',
	scenarioSubtitle: (levers: number) => `${levers === 1 ? '1 tiltag' : `${levers} tiltag`} sammenlignet med basisscenariet`,
	computing: 'Beregner …',
	qualityHeading: (year: number) => `Kvalitet i ${year}`,
	versusBaseline: (diff: string, unit: string) => `${diff} ${unit} mod basis`,
	quality: {
		qol_mean: { label: 'Livskvalitet', unit: 'af 100', diffUnit: 'point' },
		wait_months_residential: { label: 'Ventetid på botilbud', unit: 'mdr.', diffUnit: 'mdr.' },
		match_share: { label: 'Match med botilbud', unit: '%', diffUnit: 'pct.-point' },
		progression_share: { label: 'Fremgang i funktionsniveau', unit: '%', diffUnit: 'pct.-point' },
		core_task_share: { label: 'Tid med borgerne', unit: '%', diffUnit: 'pct.-point' }
	} as Record<string, QualityText>,
	unknownSlides: (unknown: string, valid: string) =>
		`Adressen nævner dias, der ikke findes: ${unknown}. Gyldige navne er ${valid}. Præsentationen viser standardrækkefølgen.`,
	dismiss: 'Luk beskeden',
	announce: (counter: string, title: string, summary: string | undefined) => `${counter}: ${title}.${summary ? ` ${summary}` : ''}`
};

export type PresentMessages = typeof da;

export const en: PresentMessages = {
	languageName: 'English',
	nav: 'Presenter mode',
	docTitle: 'Presenter mode · Social Area Policy Simulator',
	description: 'Presenter mode: the packages step by step against the baseline, full screen and in large type.',
	counter: (n, total) => `Slide ${n} of ${total}`,
	previous: 'Previous',
	next: 'Next',
	controls: 'Presentation controls',
	fullscreen: 'Full screen',
	fullscreenRefused: 'The browser did not allow full screen. Use the browser’s own key (often F11).',
	leave: 'Leave',
	leaveLabel: 'Leave the presentation and go to Explore',
	keys: '← → change slide · F full screen',
	exploreSlide: 'Your scenario from Explore',
	baselineSubtitle: 'Today’s rules, with no new policy',
	scenarioSubtitle: (levers) => `${levers === 1 ? '1 policy' : `${levers} policies`} compared with the baseline`,
	computing: 'Computing …',
	qualityHeading: (year) => `Quality in ${year}`,
	versusBaseline: (diff, unit) => `${diff} ${unit} vs baseline`,
	quality: {
		qol_mean: { label: 'Quality of life', unit: 'of 100', diffUnit: 'points' },
		wait_months_residential: { label: 'Wait for residential care', unit: 'months', diffUnit: 'months' },
		match_share: { label: 'Match with residence', unit: '%', diffUnit: 'pp' },
		progression_share: { label: 'Progress in functioning', unit: '%', diffUnit: 'pp' },
		core_task_share: { label: 'Time with citizens', unit: '%', diffUnit: 'pp' }
	},
	unknownSlides: (unknown, valid) =>
		`The address names slides that do not exist: ${unknown}. Valid names are ${valid}. The presentation shows the default sequence.`,
	dismiss: 'Close the message',
	announce: (counter, title, summary) => `${counter}: ${title}.${summary ? ` ${summary}` : ''}`
};

export const PRESENT_MESSAGES = { da, en } as const;
