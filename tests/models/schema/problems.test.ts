/**
 * A refused scenario's problems come twice: as the English lines the CLI prints (unchanged), and
 * as data (path, zod's issue code and parameters, or the engine's own problem) for an interface
 * that words them in another language.
 */
import { describe, expect, it } from 'vitest';
import { migrateScenario, parseScenario } from '../../../models/schema/scenario';
import { englishMessage, pathText, type EngineProblem, type ScenarioIssue } from '../../../models/schema/problems';
import { ASSUMPTION_KEYS } from '../../../models/parameters/assumptions';
import { LEVER_IDS } from '../../../models/levers/registry';

const minimal = { schemaVersion: 2, id: 'x', title: 'X' };

function issues(raw: unknown): ScenarioIssue[] {
  const result = parseScenario(raw);
  if (result.ok) throw new Error('expected the scenario to be refused');
  expect(result.issues.map((issue) => issue.line)).toEqual(result.problems);
  return result.issues;
}

/** Malformed files that between them fail every check of the scenario schema. */
const MALFORMED: unknown[] = [
  'text',
  { schemaVersion: 2, id: 'x' },
  { ...minimal, seed: 'seven', runs: 0, extra: 1 },
  { ...minimal, seed: 1.5, title: 'x'.repeat(201), horizon: { endYear: 2041, startYear: 2020 } },
  { ...minimal, id: 'Has Spaces' },
  { ...minimal, schemaVersion: 3 },
  { id: 'x', title: 'X' },
  { ...minimal, schemaVersion: 1, levers: {} },
  { ...minimal, levers: { nope: { setting: 'x' }, r2_1: { setting: 'bogus', startYear: 1999 } } },
  { ...minimal, assumptions: { warp: 1, economyWeight: 5 } },
  {
    ...minimal,
    policyChanges: [
      { year: 2017, policy: { loanPoolBn: { next: 0.5 }, reimbursementThresholds: [2e6, 1e6, 3e6], reimbursementRates: [0.1], binaryScore: 'yes' } },
    ],
  },
];

describe('scenario problems as data', () => {
  it('gives each English line its problem as data, at the same path', () => {
    for (const raw of MALFORMED) {
      for (const issue of issues(raw)) {
        expect(issue.line.startsWith(`${pathText(issue.path)}: `), issue.line).toBe(true);
        expect(issue.problem.code, issue.line).not.toBe('other');
      }
    }
  });

  it("names the engine's own checks by code, worded in English by englishMessage", () => {
    const levers = issues({ ...minimal, levers: { nope: { setting: 'x' }, r2_1: { setting: 'bogus', startYear: 1999 } } });
    expect(levers.map((i) => [i.path, i.problem])).toEqual([
      [['levers', 'nope'], { code: 'unknown_lever', allowed: LEVER_IDS }],
      [['levers', 'r2_1', 'setting'], { code: 'unknown_setting', lever: 'r2_1', setting: 'bogus', allowed: ['off', 'proposed', 'strong'] }],
      [['levers', 'r2_1', 'startYear'], { code: 'start_year_outside', year: 1999, first: 2018, last: 2040 }],
    ]);
    const assumptions = issues({ ...minimal, assumptions: { warp: 1, economyWeight: 5 } });
    expect(assumptions.map((i) => i.problem)).toEqual([
      { code: 'unknown_assumption', allowed: ASSUMPTION_KEYS },
      { code: 'assumption_outside_range', value: 5, low: 0.3, high: 0.5 },
    ]);
    for (const issue of [...levers, ...assumptions]) {
      expect(issue.line).toBe(`${pathText(issue.path)}: ${englishMessage(issue.problem as EngineProblem)}`);
    }
  });

  it("keeps zod's issue code and parameters, and the type of a wrong value", () => {
    expect(issues('text')).toEqual([
      { path: [], line: '(top level): Invalid input: expected object, received string', problem: { code: 'invalid_type', expected: 'object', received: 'string' } },
    ]);
    expect(issues({ schemaVersion: 2, id: 'x' })[0]!.problem).toEqual({ code: 'invalid_type', expected: 'string', received: 'undefined' });
    const p = issues({ ...minimal, seed: 1.5, runs: 0, extra: 1 });
    expect(p.map((i) => i.problem)).toEqual([
      { code: 'invalid_type', expected: 'int', received: 'number' },
      { code: 'too_small', origin: 'number', minimum: 1, inclusive: true },
      { code: 'unrecognized_keys', keys: ['extra'] },
    ]);
    expect(p[2]!.line).toBe('(top level): unknown key(s) extra (not part of the scenario schema)');
  });

  it('keeps the checks of record keys and of the policy knobs (a year key, ascending thresholds) as engine problems', () => {
    const p = issues({ ...minimal, policyChanges: [{ year: 2025, policy: { loanPoolBn: { next: 0.5 }, reimbursementThresholds: [2e6, 1e6, 3e6] } }] });
    expect(p.map((i) => [i.line, i.problem])).toEqual([
      ['policyChanges.0.policy.loanPoolBn.next: Invalid key in record', { code: 'invalid_key', problems: [{ code: 'year_key', first: 2020, last: 2049 }] }],
      ['policyChanges.0.policy.reimbursementThresholds: thresholds must ascend (t1 ≤ t2 ≤ t3)', { code: 'thresholds_ascend' }],
    ]);
    expect(issues({ ...minimal, id: 'Has Spaces' })).toEqual([
      { path: ['id'], line: 'id: lower-case letters, digits, - and _ (1–64 characters)', problem: { code: 'scenario_id' } },
    ]);
  });

  it('gives the version problems as data, from parsing and from migrating alike', () => {
    const version = { path: ['schemaVersion'], line: 'schemaVersion: 3 is not supported; supported versions: 1, 2 (version 1 files are upgraded to 2)' };
    const problem = { code: 'unsupported_version', found: '3', supported: [1, 2], current: 2 };
    expect(issues({ ...minimal, schemaVersion: 3 })).toEqual([{ ...version, problem }]);
    expect(migrateScenario({ ...minimal, schemaVersion: 3 })).toEqual({ ok: false, problems: [version.line], issues: [{ ...version, problem }] });
    expect(issues({ id: 'x', title: 'X' })[0]!.problem).toEqual({ ...problem, found: null });
    expect(issues({ ...minimal, schemaVersion: 1, levers: {} })).toEqual([
      { path: ['levers'], line: 'levers: needs schemaVersion 2 (version 1 files have no levers)', problem: { code: 'levers_need_version', version: 2 } },
    ]);
  });

  it('is plain data (it crosses to the page and back through structured cloning)', () => {
    for (const raw of MALFORMED) {
      const found = issues(raw);
      expect(structuredClone(found)).toEqual(found);
    }
  });
});
