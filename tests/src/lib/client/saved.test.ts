import { describe, expect, it } from 'vitest';
import { addSaved, loadSaved, parseStore, serialiseStore, storeSaved, MAX_SAVED, STORAGE_KEY } from '../../../../src/lib/client/saved';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

const now = new Date('2025-05-01T10:00:00Z');

describe('saved scenarios', () => {
	it('round-trip through storage', () => {
		const list = addSaved([], 'Takstpakke', { r2_4: { setting: 'proposed' } }, now);
		const storage = memoryStorage();
		expect(storeSaved(storage, list)).toBe(true);
		const loaded = loadSaved(storage);
		expect(loaded).toEqual({ ok: true, scenarios: list, dropped: [] });
	});

	it('an empty store is an empty list', () => {
		expect(parseStore(null)).toEqual({ ok: true, scenarios: [], dropped: [] });
	});

	it('a corrupted store is reported and removed', () => {
		for (const text of ['{not json', '{"version":1,"scenarios":[{"name":42}]}', '{"version":9,"scenarios":[]}', '[]']) {
			const storage = memoryStorage({ [STORAGE_KEY]: text });
			const outcome = loadSaved(storage);
			expect(outcome.ok).toBe(false);
			expect(storage.data.has(STORAGE_KEY)).toBe(false);
		}
	});

	it('levers the app no longer knows are dropped and named', () => {
		const text = serialiseStore([{ id: 's-1', name: 'Old', savedAt: now.toISOString(), levers: { gone: { setting: 'x' }, r2_4: { setting: 'proposed' } } }]);
		const outcome = parseStore(text);
		expect(outcome.ok && outcome.dropped).toEqual(['Old: gone']);
		expect(outcome.ok && outcome.scenarios[0]!.levers).toEqual({ r2_4: { setting: 'proposed' } });
	});

	it('saving under a name in use replaces that entry, and the list is capped', () => {
		let list = addSaved([], 'A', { r2_4: { setting: 'proposed' } }, now);
		list = addSaved(list, 'A', { r6_1: { setting: 'proposed' } }, now);
		expect(list).toHaveLength(1);
		expect(list[0]!.levers).toEqual({ r6_1: { setting: 'proposed' } });
		for (let i = 0; i < MAX_SAVED + 3; i++) list = addSaved(list, `S${i}`, {}, new Date(now.getTime() + i));
		expect(list).toHaveLength(MAX_SAVED);
	});

	it('a browser that refuses to store reports it instead of throwing', () => {
		expect(storeSaved({ setItem: () => { throw new Error('quota'); } }, [])).toBe(false);
	});
});
