/**
 * Strings of shared links (the scenario in the URL, src/lib/client/share.ts): the notice shown when
 * a link is refused or needs a word of warning, and the share button. Danish first; `en` must have
 * every key of `da` (enforced by the `ShareMessages` type).
 */
import type { ShareNotice } from '$lib/client/share';

export const da = {
	refusedTitle: 'Linket kunne ikke åbnes',
	refusedLead: 'Linket beskriver ikke et gyldigt scenarie, så basisscenariet vises i stedet. Fejl:',
	tooLong: (length: number, max: number) => `Linket er for langt (${length} tegn; højst ${max}). Basisscenariet vises i stedet.`,
	noticeTitle: 'Om linket',
	notice: (n: ShareNotice): string => {
		switch (n.kind) {
			case 'migrated':
				return `Linket er lavet med scenarieformat version ${n.from} og er opdateret til den nuværende version.`;
			case 'model-version':
				return `Linket er lavet med modelversion ${n.linked}; her kører version ${n.running}, så tallene kan afvige.`;
			case 'language':
				return `Sproget ${JSON.stringify(n.value)} findes ikke; siden vises på dansk.`;
		}
	},
	dismiss: 'Luk besked',
	fixedAssumptions: (n: number) => (n === 1 ? 'Scenariet fastlåser 1 antagelse:' : `Scenariet fastlåser ${n} antagelser:`),
	seedNote: (seed: number) => `Kørslerne bruger frø ${seed} (appens standard er 7).`,
	resetWorld: 'Brug standardantagelser',
	copyLink: 'Kopiér link til scenariet',
	copied: 'Linket er kopieret.',
	copyFailed: 'Kunne ikke kopiere; kopiér adressen fra adresselinjen.'
};

export type ShareMessages = typeof da;

export const en: ShareMessages = {
	refusedTitle: 'The link could not be opened',
	refusedLead: 'The link does not describe a valid scenario, so the baseline is shown instead. Problems:',
	tooLong: (length, max) => `The link is too long (${length} characters; at most ${max}). The baseline is shown instead.`,
	noticeTitle: 'About the link',
	notice: (n) => {
		switch (n.kind) {
			case 'migrated':
				return `The link was made with scenario format version ${n.from} and has been upgraded to the current version.`;
			case 'model-version':
				return `The link was made with model version ${n.linked}; this is version ${n.running}, so figures may differ.`;
			case 'language':
				return `There is no language ${JSON.stringify(n.value)}; the page is shown in Danish.`;
		}
	},
	dismiss: 'Close message',
	fixedAssumptions: (n) => (n === 1 ? 'The scenario fixes 1 assumption:' : `The scenario fixes ${n} assumptions:`),
	seedNote: (seed) => `The runs use seed ${seed} (the app's default is 7).`,
	resetWorld: 'Use default assumptions',
	copyLink: 'Copy link to this scenario',
	copied: 'Link copied.',
	copyFailed: 'Could not copy; copy the address from the address bar.'
};

export const SHARE_MESSAGES = { da, en } as const;
