/**
 * The presenter's sequence of slides: one scenario each, the packages (PRESETS) by default. A
 * prepared sequence can come from the address (`?slides=baseline,package-botilbud`); the scenario the
 * user built on the explore page can follow the packages as a last slide.
 */
import type { LeverChoices } from './engine-api';
import { canonicalChoices, PRESETS, type Preset } from './levers';

export interface Slide extends Preset {
	/** The slide shows the lever choices made on the explore page (titled by the UI, not by a file). */
	fromExplore?: boolean;
}

export const EXPLORE_SLIDE_ID = 'udforsk';

export interface SlideSequence {
	slides: Slide[];
	/** Ids in the address that name no package (the default sequence is shown instead). */
	unknown: string[];
}

/**
 * The slides named by a comma-separated list of package ids, in that order (repeats allowed: a talk
 * may return to the baseline). No list, an empty one, or one with any unknown id gives the default
 * sequence, every package once; unknown ids are reported so the page can list the valid ones.
 */
export function slideSequence(param: string | null, presets: readonly Preset[] = PRESETS): SlideSequence {
	const ids = (param ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	const byId = new Map(presets.map((p) => [p.id, p]));
	const unknown = ids.filter((id) => !byId.has(id));
	if (ids.length === 0 || unknown.length > 0) return { slides: [...presets], unknown };
	return { slides: ids.map((id) => byId.get(id)!), unknown: [] };
}

/**
 * The sequence with the explore page's scenario appended, unless it is the baseline or one of the
 * slides already (then it adds nothing a listener has not seen).
 */
export function withExploreScenario(slides: readonly Slide[], choices: LeverChoices): Slide[] {
	const levers = canonicalChoices(choices);
	const key = JSON.stringify(levers);
	if (Object.keys(levers).length === 0 || slides.some((s) => JSON.stringify(s.levers) === key)) return [...slides];
	return [...slides, { id: EXPLORE_SLIDE_ID, title: 'Your scenario from Explore', levers, fromExplore: true }];
}
