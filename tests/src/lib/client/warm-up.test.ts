import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../../models/index';
import { warmUpDraft } from '../../../../src/lib/client/warm-up';

describe('the engine worker’s warm-up', () => {
	it('is a valid scenario that changes policy only from 2026, so it resumes from the baseline’s checkpoints', () => {
		const parsed = parseScenario(warmUpDraft({ schemaVersion: 2, id: 'x', title: 'x', seed: 7, levers: {} }));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const years = parsed.scenario.policyChanges.map((c) => c.year);
		expect(years.length).toBeGreaterThan(0);
		expect(Math.min(...years)).toBe(2026);
	});
});
