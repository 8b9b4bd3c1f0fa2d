import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS } from '../../../../src/lib/client/levers';
import { slideSequence, withExploreScenario, EXPLORE_SLIDE_ID } from '../../../../src/lib/client/slides';

const ids = (slides: { id: string }[]) => slides.map((s) => s.id);

describe('slideSequence', () => {
	it('is every package once, baseline first, when the address names no slides', () => {
		expect(ids(slideSequence(null).slides)).toEqual([...PRESET_IDS]);
		expect(ids(slideSequence('').slides)).toEqual([...PRESET_IDS]);
		expect(ids(slideSequence(' , ,').slides)).toEqual([...PRESET_IDS]);
		expect(slideSequence(null).unknown).toEqual([]);
	});

	it('follows the order of the address, with repeats, ignoring blanks around the ids', () => {
		const { slides, unknown } = slideSequence(' package-botilbud, baseline ,package-botilbud');
		expect(ids(slides)).toEqual(['package-botilbud', 'baseline', 'package-botilbud']);
		expect(unknown).toEqual([]);
		expect(slides[0]!.levers).toEqual(PRESETS.find((p) => p.id === 'package-botilbud')!.levers);
	});

	it('reports unknown ids and falls back to the default sequence', () => {
		const { slides, unknown } = slideSequence('baseline,package-nonsense,Baseline');
		expect(unknown).toEqual(['package-nonsense', 'Baseline']);
		expect(ids(slides)).toEqual([...PRESET_IDS]);
	});
});

describe('withExploreScenario', () => {
	const defaults = slideSequence(null).slides;

	it('appends the explore page\'s scenario as a last slide', () => {
		const slides = withExploreScenario(defaults, { r2_4: { setting: 'proposed' } });
		expect(slides).toHaveLength(defaults.length + 1);
		expect(slides.at(-1)).toMatchObject({ id: EXPLORE_SLIDE_ID, fromExplore: true, levers: { r2_4: { setting: 'proposed' } } });
	});

	it('adds nothing for the baseline or for a scenario that is already a slide', () => {
		expect(withExploreScenario(defaults, {})).toEqual(defaults);
		expect(withExploreScenario(defaults, { r2_4: { setting: 'off' } })).toEqual(defaults);
		const botilbud = PRESETS.find((p) => p.id === 'package-botilbud')!;
		expect(withExploreScenario(defaults, { ...botilbud.levers })).toEqual(defaults);
	});
});
