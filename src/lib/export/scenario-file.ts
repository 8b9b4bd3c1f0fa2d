/**
 * The explore page's scenario as a scenario file (schema version 2) that the command line runs:
 * `npm run simulate -- --scenario <file> --out results.json`. Its levers, seed and id are those of
 * `buildScenario`, the draft the app itself simulates (with the session's seed and fixed assumptions),
 * so the CLI computes the same scenario.
 */
import type { LeverChoices, ScenarioDraft } from '$lib/client/engine-api';
import { buildScenario, type WorldChoices } from '$lib/client/levers';
import { DEFAULT_RUNS } from '$lib/client/simulation';
import { MODEL_NAME, MODEL_VERSION } from '$lib/client/trust/model-info';

export interface ScenarioFile extends ScenarioDraft {
	description: string;
	runs: number;
}

/**
 * The file for these lever choices. `runs` is the number of full-scale runs the app was asked for;
 * a page that shows only first estimates (`?runs=0`) gets the app's default, as the CLI needs at least one.
 */
export function scenarioFile(choices: LeverChoices, options: { title: string; runs: number } & WorldChoices): ScenarioFile {
	const draft = buildScenario(choices, { title: options.title, seed: options.seed, assumptions: options.assumptions });
	return {
		schemaVersion: draft.schemaVersion,
		id: draft.id,
		title: draft.title,
		description: `Made in the app with the model ${MODEL_NAME} version ${MODEL_VERSION}.`,
		seed: draft.seed,
		runs: options.runs >= 1 ? options.runs : DEFAULT_RUNS,
		levers: draft.levers,
		...(draft.assumptions ? { assumptions: draft.assumptions } : {})
	};
}

/** The file's text: indented JSON, as the files in scenarios/ are. */
export function scenarioJson(file: ScenarioFile): string {
	return `${JSON.stringify(file, null, 2)}\n`;
}

export function scenarioFileName(file: ScenarioFile): string {
	return `${file.id}.json`;
}
