import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEVERS, leverById } from '../../../models/levers/registry';
import { parseScenario, type Scenario } from '../../../models/schema/scenario';
import { LEVERS_DOC_PATH, renderLeversDoc } from '../../../scripts/docs-levers';
import { runScript } from '../../scripts/cli-helpers';

const scenariosDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../scenarios');

function readScenario(name: string): Scenario {
  const result = parseScenario(JSON.parse(readFileSync(join(scenariosDir, `${name}.json`), 'utf8')));
  if (!result.ok) throw new Error(`${name}: ${result.problems.join('; ')}`);
  return result.scenario;
}

describe('docs/levers.md', () => {
  it('is up to date with the registry (npm run docs:levers regenerates it)', () => {
    expect(readFileSync(LEVERS_DOC_PATH, 'utf8')).toBe(renderLeversDoc());
  });

  it('has a section for every lever', () => {
    const doc = renderLeversDoc();
    for (const lever of LEVERS) expect(doc).toContain(`### \`${lever.id}\` ${lever.title.en}`);
  });
});

describe('npm run levers', () => {
  it('prints the registry as JSON on stdout and nothing else with --json', () => {
    const run = runScript('levers', ['--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(LEVERS)));
  });
});

describe('scenario files', () => {
  const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

  it('all parse, use schema version 2 and seed 7, and are named after their id', () => {
    for (const name of files) {
      const raw = JSON.parse(readFileSync(join(scenariosDir, `${name}.json`), 'utf8'));
      expect(raw.schemaVersion, name).toBe(2);
      const s = readScenario(name);
      expect(s.id, name).toBe(name);
      expect(s.seed, name).toBe(7);
    }
  });

  it('keep the baseline free of levers and policy changes', () => {
    const baseline = readScenario('baseline');
    expect(baseline.levers).toEqual({});
    expect(baseline.policyChanges).toEqual([]);
  });

  it('have one file per final-report recommendation, concrete first-report recommendation and instrument, at its default setting', () => {
    const singles = LEVERS.filter((l) => l.group !== 'first_report' || Number(l.id.slice(3)) >= 6);
    expect(singles).toHaveLength(19 + 6 + 9);
    for (const lever of singles) {
      expect(files, lever.id).toContain(lever.id);
      expect(readScenario(lever.id).levers).toEqual({ [lever.id]: { setting: lever.defaultSetting } });
    }
  });

  it('package the six first-report recommendations adopted in ØA24 (recs 6–11, with the loan pool)', () => {
    const levers = readScenario('package-first-report').levers;
    expect(Object.keys(levers)).toEqual(['d1_6', 'd1_7', 'd1_8', 'd1_9', 'd1_10', 'd1_11']);
    expect(leverById('d1_9')!.sharesMechanismWith).toBe('loan_pool');
  });

  it('package 2.3–2.6 with the loan pool and both tariff caps', () => {
    expect(Object.keys(readScenario('package-botilbud').levers).sort()).toEqual(
      ['loan_pool', 'r2_3', 'r2_4', 'r2_5', 'r2_6', 'tariff_cap_complex', 'tariff_cap_self_referral'],
    );
  });

  it('package all 19 final-report recommendations, and everything', () => {
    expect(Object.keys(readScenario('package-all-19').levers)).toEqual(LEVERS.filter((l) => l.group.startsWith('ch')).map((l) => l.id));
    const everything = Object.keys(readScenario('package-everything').levers);
    expect(everything.length).toBe(LEVERS.length - 2);
    expect(everything).not.toContain('specialisation_planning');
  });
});
