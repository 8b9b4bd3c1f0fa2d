import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { migrateScenario, parseScenario, scenarioSchema, SCENARIO_SCHEMA_VERSION } from '../../../models/schema/scenario';
import { LEVERS, LEVER_IDS } from '../../../models/levers/registry';
import { assumptionsArbitrary, policyArbitrary } from '../helpers';

const v2 = { schemaVersion: 2, id: 'my-scenario', title: 'My scenario' };

function problems(raw: unknown): string[] {
  const result = parseScenario(raw);
  if (result.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
  return result.problems;
}

describe('scenario schema version 2: levers', () => {
  it('is the current version', () => {
    expect(SCENARIO_SCHEMA_VERSION).toBe(2);
  });

  it('compiles levers into policy changes the engine reads, keeping explicit changes after them', () => {
    const parsed = scenarioSchema.parse({
      ...v2,
      levers: { r4_2: { setting: 'proposed' }, loan_pool: { setting: 'agreed_2024', startYear: 2025 } },
      policyChanges: [{ year: 2025, policy: { visitsPerYear: 0.8 } }],
    });
    expect(parsed.levers).toEqual({ r4_2: { setting: 'proposed' }, loan_pool: { setting: 'agreed_2024', startYear: 2025 } });
    expect(parsed.policyChanges).toEqual([
      { year: 2025, policy: { loanPoolBn: { '2024': 0.2, '2025': 0.6, '2026': 0.7 }, binaryScore: true, visitsPerYear: 0.5 }, fromLevers: ['r4_2', 'loan_pool'] },
      { year: 2025, policy: { visitsPerYear: 0.8 } },
    ]);
  });

  it('reads its own output back unchanged (levers are not compiled twice)', () => {
    const first = parseScenario({ ...v2, levers: { r2_2: { setting: 'strong' }, d1_7: { setting: 'proposed' } }, policyChanges: [{ year: 2030, policy: { binaryScore: true } }] });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(parseScenario(first.scenario)).toEqual(first);
  });

  it('refuses an unknown lever in one line naming the path and the allowed ids', () => {
    const p = problems({ ...v2, levers: { r2_9: { setting: 'proposed' } } });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^levers\.r2_9: unknown lever; allowed: r2_1, .*loan_pool/);
  });

  it('refuses an unknown setting in one line naming the path and the lever\'s settings', () => {
    expect(problems({ ...v2, levers: { r4_2: { setting: 'maximal' } } })).toEqual([
      'levers.r4_2.setting: unknown setting "maximal" of lever r4_2; allowed: off, proposed, binary_only, strong',
    ]);
  });

  it('refuses a start year outside 2018–2040 in one line naming the path and the allowed years', () => {
    for (const year of [2017, 2041]) {
      expect(problems({ ...v2, levers: { loan_pool: { setting: 'renewed', startYear: year } } })).toEqual([
        `levers.loan_pool.startYear: ${year} is outside the simulated years; allowed: 2018–2040`,
      ]);
    }
    expect(problems({ ...v2, levers: { loan_pool: { setting: 'renewed', startYear: 2025.5 } } })[0]).toMatch(/^levers\.loan_pool\.startYear: /);
    expect(problems({ ...v2, levers: { loan_pool: { setting: 'renewed', extra: 1 } } })[0]).toMatch(/^levers\.loan_pool: unknown key/);
  });

  it('accepts any lever at any of its settings and start years', () => {
    const choice = fc.constantFrom(...LEVERS).chain((lever) =>
      fc.record({ id: fc.constant(lever.id), setting: fc.constantFrom(...lever.settings.map((s) => s.id)), startYear: fc.integer({ min: 2018, max: 2040 }) }),
    );
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 8 }), (choices) => {
        const levers = Object.fromEntries(choices.map((c) => [c.id, { setting: c.setting, startYear: c.startYear }]));
        return parseScenario({ ...v2, levers }).ok;
      }),
      { numRuns: 200 },
    );
  });

  it('reports exactly one line for each bad lever choice', () => {
    const badSetting = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !['off', 'proposed', 'strong', 'dialogue_only', 'dut_instead'].includes(s));
    fc.assert(
      fc.property(fc.constantFrom(...LEVER_IDS.slice(0, 2)), badSetting, (id, setting) => {
        const p = problems({ ...v2, levers: { [id]: { setting } } });
        return p.length === 1 && p[0].startsWith(`levers.${id}.setting: `);
      }),
      { numRuns: 100 },
    );
  });
});

describe('migrating scenario files', () => {
  it('upgrades a version 1 file to version 2 without levers', () => {
    const v1 = { schemaVersion: 1, id: 'old', title: 'Old', policyChanges: [{ year: 2025, policy: { binaryScore: true } }] };
    expect(migrateScenario(v1)).toEqual({ ok: true, raw: { ...v1, schemaVersion: 2 } });
    const parsed = scenarioSchema.parse(v1);
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.levers).toEqual({});
    expect(parsed.policyChanges).toEqual(v1.policyChanges);
  });

  it('reads any version 1 file exactly as the same file declared version 2', () => {
    fc.assert(
      fc.property(policyArbitrary, assumptionsArbitrary, fc.integer({ min: 2018, max: 2040 }), (policy, assumptions, year) => {
        const body = { id: 'x', title: 'X', policyChanges: [{ year, policy }], assumptions };
        expect(parseScenario({ schemaVersion: 1, ...body })).toEqual(parseScenario({ schemaVersion: 2, ...body }));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves a version 2 file as it is', () => {
    const raw = { ...v2, levers: { r6_1: { setting: 'strong' } } };
    expect(migrateScenario(raw)).toEqual({ ok: true, raw });
  });

  it('refuses unsupported versions in one line saying which versions are supported', () => {
    for (const version of [3, 0, 'x', null, 1.5, '2']) {
      const raw = { schemaVersion: version, id: 'x', title: 'X', junk: true };
      const expected = `schemaVersion: ${JSON.stringify(version)} is not supported; supported versions: 1, 2 (version 1 files are upgraded to 2)`;
      const problem = { code: 'unsupported_version', found: JSON.stringify(version), supported: [1, 2], current: 2 };
      expect(migrateScenario(raw)).toEqual({ ok: false, problems: [expected], issues: [{ path: ['schemaVersion'], line: expected, problem }] });
      expect(problems(raw)).toEqual([expected]);
    }
    expect(problems({ id: 'x', title: 'X' })).toEqual(['schemaVersion: missing; supported versions: 1, 2 (version 1 files are upgraded to 2)']);
  });

  it('refuses levers in a version 1 file (version 1 has none)', () => {
    expect(problems({ schemaVersion: 1, id: 'x', title: 'X', levers: {} })).toEqual(['levers: needs schemaVersion 2 (version 1 files have no levers)']);
  });

  it('passes anything that is not an object on to the schema', () => {
    expect(migrateScenario('text')).toEqual({ ok: true, raw: 'text' });
    expect(problems('text')).toHaveLength(1);
  });
});
