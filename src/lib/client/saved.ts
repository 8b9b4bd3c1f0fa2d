/**
 * Saved scenarios: named lever choices kept in localStorage, validated with zod on load. A store
 * that cannot be read is reported and reset (never a blank page).
 */
import { z } from 'zod';
import type { LeverChoices } from './engine-api';
import { canonicalChoices, LEVER_BY_ID } from './levers';

export const STORAGE_KEY = 'socialsim.saved.v1';
export const MAX_SAVED = 12;
export const MAX_COMPARED = 4;

const choiceSchema = z.strictObject({
	setting: z.string().min(1).max(64),
	startYear: z.int().min(2018).max(2040).optional()
});

export const savedScenarioSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]{1,40}$/),
	name: z.string().trim().min(1).max(80),
	savedAt: z.string().max(40),
	levers: z.record(z.string().max(64), choiceSchema)
});

const storeSchema = z.strictObject({
	version: z.literal(1),
	scenarios: z.array(savedScenarioSchema).max(MAX_SAVED)
});

export type SavedScenario = z.infer<typeof savedScenarioSchema>;

/** Why the store could not be read (the page words it in the reader's language). */
export type StoreProblem = { kind: 'json' } | { kind: 'storage' } | { kind: 'schema'; path: string };

export type LoadOutcome =
	| { ok: true; scenarios: SavedScenario[]; dropped: string[] }
	| { ok: false; scenarios: []; problem: StoreProblem };

/** Parse the stored text (null: nothing stored). Levers the app no longer knows are dropped and named. */
export function parseStore(text: string | null): LoadOutcome {
	if (text === null) return { ok: true, scenarios: [], dropped: [] };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, scenarios: [], problem: { kind: 'json' } };
	}
	const parsed = storeSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return { ok: false, scenarios: [], problem: { kind: 'schema', path: issue?.path.join('.') ?? '' } };
	}
	const dropped: string[] = [];
	const scenarios = parsed.data.scenarios.map((s) => {
		for (const [id, choice] of Object.entries(s.levers)) {
			const lever = LEVER_BY_ID.get(id);
			if (!lever || !lever.settings.some((x) => x.id === choice.setting)) dropped.push(`${s.name}: ${id}`);
		}
		return { ...s, levers: canonicalChoices(s.levers) };
	});
	return { ok: true, scenarios, dropped };
}

export function serialiseStore(scenarios: readonly SavedScenario[]): string {
	return JSON.stringify({ version: 1, scenarios });
}

export function loadSaved(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): LoadOutcome {
	let text: string | null;
	try {
		text = storage.getItem(STORAGE_KEY);
	} catch {
		return { ok: false, scenarios: [], problem: { kind: 'storage' } };
	}
	const outcome = parseStore(text);
	if (!outcome.ok) {
		try {
			storage.removeItem(STORAGE_KEY);
		} catch {
			/* nothing more to do: the app runs without saved scenarios */
		}
	}
	return outcome;
}

/** Write the list; false if the browser refused (private mode, quota). */
export function storeSaved(storage: Pick<Storage, 'setItem'>, scenarios: readonly SavedScenario[]): boolean {
	try {
		storage.setItem(STORAGE_KEY, serialiseStore(scenarios));
		return true;
	} catch {
		return false;
	}
}

/** A new saved scenario; a name already in use replaces that entry. */
export function addSaved(list: readonly SavedScenario[], name: string, levers: LeverChoices, now: Date): SavedScenario[] {
	const trimmed = name.trim().slice(0, 80);
	const existing = list.find((s) => s.name === trimmed);
	const id = existing?.id ?? `s-${now.getTime().toString(36)}-${list.length}`;
	const entry: SavedScenario = { id, name: trimmed, savedAt: now.toISOString(), levers: canonicalChoices(levers) };
	const rest = list.filter((s) => s.id !== id);
	return [...rest, entry].slice(-MAX_SAVED);
}
