/**
 * The `?scenario=` parameter of the map page: a scenario file as JSON, either URL-encoded as is or
 * base64url-encoded. Returns the parsed object (validated later by the worker) or null.
 */
import { APP_SEED } from '../levers';

export function decodeScenarioParam(text: string | null): unknown {
	if (!text) return null;
	const attempts = [
		() => JSON.parse(text),
		() => {
			const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
			const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
			return JSON.parse(new TextDecoder().decode(bytes));
		}
	];
	for (const attempt of attempts) {
		try {
			const value = attempt();
			if (value && typeof value === 'object' && !Array.isArray(value)) return value;
		} catch {
			/* try the next encoding */
		}
	}
	return null;
}

/** The baseline as the app runs it: no levers, the app's seed (the same as scenarios/baseline.json). */
export const BASELINE_SCENARIO = { schemaVersion: 2, id: 'baseline', title: 'Baseline: today’s rules', seed: APP_SEED, levers: {} } as const;
