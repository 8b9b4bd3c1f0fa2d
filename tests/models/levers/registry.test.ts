import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEVERS, LEVER_IDS, leverById } from '../../../models/levers/registry';
import { policyChangeSchema } from '../../../models/schema/scenario';
import { ASSUMPTIONS, ASSUMPTION_KEYS } from '../../../models/parameters/assumptions';
import { DEFAULT_POLICY } from '../../../models/parameters/policy';
import { FIRST_YEAR, LAST_YEAR } from '../../../models/parameters/world';

const mechanismsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../models/mechanisms');

const FINAL_REPORT = ['r2_1', 'r2_2', 'r2_3', 'r2_4', 'r2_5', 'r2_6', 'r2_7', 'r2_8', 'r3_1', 'r3_2', 'r3_3', 'r3_4', 'r4_1', 'r4_2', 'r5_1', 'r5_2', 'r5_3', 'r6_1', 'r6_2'];
const FIRST_REPORT = Array.from({ length: 11 }, (_, k) => `d1_${k + 1}`);
const INSTRUMENTS = [
  'loan_pool', 'tariff_cap_self_referral', 'tariff_cap_complex', 'alternative_offer_limit', 'reimbursement_scheme',
  'specialisation_planning', 'binding_coordination', 'public_vacancy_first', 'standard_tariff_model',
];

describe('the lever registry', () => {
  it('has exactly the 19 final-report recommendations, the 11 first-report ones and the 9 instruments, once each', () => {
    expect(LEVER_IDS).toEqual([...FINAL_REPORT, ...FIRST_REPORT, ...INSTRUMENTS]);
    expect(new Set(LEVER_IDS).size).toBe(LEVERS.length);
  });

  it('groups final-report levers by chapter, first-report ones and instruments apart', () => {
    for (const id of FINAL_REPORT) expect(leverById(id)!.group, id).toBe(`ch${id[1]}`);
    for (const id of FIRST_REPORT) expect(leverById(id)!.group, id).toBe('first_report');
    for (const id of INSTRUMENTS) expect(leverById(id)!.group, id).toBe('instrument');
  });

  it('finds a lever by id and nothing for an unknown id', () => {
    for (const lever of LEVERS) expect(leverById(lever.id)).toBe(lever);
    expect(leverById('r9_9')).toBeUndefined();
  });

  it('fills every field of the contract with text in both languages and sources', () => {
    for (const lever of LEVERS) {
      for (const text of [lever.title.da, lever.title.en, lever.summary.da, lever.summary.en]) expect(text.length, lever.id).toBeGreaterThan(3);
      expect(lever.sources.length, lever.id).toBeGreaterThan(0);
      const sentences = lever.proposal.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length, `${lever.id}: proposal in 1–4 sentences`).toBeGreaterThanOrEqual(1);
      expect(lever.proposal.length, lever.id).toBeGreaterThan(80);
      expect(lever.mechanisms.length, lever.id).toBeGreaterThan(0);
      expect(lever.knobs.length, lever.id).toBeGreaterThan(0);
      expect(lever.strengthAssumptions.length, lever.id).toBeGreaterThan(0);
      expect(lever.defaultStartYear, lever.id).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(lever.defaultStartYear, lever.id).toBeLessThanOrEqual(LAST_YEAR);
    }
  });

  it('names only mechanism modules that exist', () => {
    for (const lever of LEVERS) for (const m of lever.mechanisms) expect(existsSync(resolve(mechanismsDir, `${m}.ts`)), `${lever.id}: ${m}`).toBe(true);
  });

  it('starts every lever with an "off" setting that changes nothing, and has a default setting that changes something', () => {
    for (const lever of LEVERS) {
      expect(lever.settings[0].id, lever.id).toBe('off');
      expect(lever.settings[0].policy, lever.id).toEqual({});
      const ids = lever.settings.map((s) => s.id);
      expect(new Set(ids).size, lever.id).toBe(ids.length);
      const chosen = lever.settings.find((s) => s.id === lever.defaultSetting);
      expect(chosen, `${lever.id}: default ${lever.defaultSetting}`).toBeDefined();
      expect(Object.keys(chosen!.policy).length, lever.id).toBeGreaterThan(0);
      for (const s of lever.settings) {
        expect(s.label.da.length * s.label.en.length, `${lever.id}.${s.id}`).toBeGreaterThan(0);
        expect(s.description.length, `${lever.id}.${s.id}`).toBeGreaterThan(10);
      }
    }
  });

  it('lets each setting use only the knobs its lever declares, and uses every declared knob', () => {
    for (const lever of LEVERS) {
      const used = new Set<string>();
      for (const s of lever.settings) {
        for (const knob of Object.keys(s.policy)) {
          expect(lever.knobs as string[], `${lever.id}.${s.id} sets ${knob}`).toContain(knob);
          used.add(knob);
        }
      }
      expect([...used].sort(), lever.id).toEqual([...lever.knobs].sort());
    }
  });

  it('gives every setting knob values that pass the policy schema and differ from today\'s rules', () => {
    for (const lever of LEVERS) {
      for (const s of lever.settings) {
        const parsed = policyChangeSchema.safeParse({ year: lever.defaultStartYear, policy: s.policy });
        expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message), `${lever.id}.${s.id}`).toEqual([]);
        for (const [knob, value] of Object.entries(s.policy)) {
          expect(value, `${lever.id}.${s.id}.${knob} equals today's default`).not.toEqual(DEFAULT_POLICY[knob as keyof typeof DEFAULT_POLICY]);
        }
      }
    }
  });

  it('names strength assumptions that exist, with reasoning', () => {
    for (const lever of LEVERS) {
      for (const { key, reasoning } of lever.strengthAssumptions) {
        expect(ASSUMPTION_KEYS, lever.id).toContain(key);
        expect(ASSUMPTIONS[key].high, `${lever.id}: ${key} has a range`).toBeGreaterThan(ASSUMPTIONS[key].low);
        expect(reasoning.length, `${lever.id}: ${key}`).toBeGreaterThan(10);
      }
    }
  });

  it('cites a source id for every effect it says the report claims', () => {
    const sourceId = /\b(\d\.\d|[A-M]\d{1,2}|M00\d-\d+|rec \d+|000 l\.\d+)/;
    for (const lever of LEVERS) {
      for (const [what, c] of Object.entries(lever.claims)) {
        expect(c.note.length, `${lever.id} ${what}`).toBeGreaterThan(10);
        if (c.basis === 'R') expect(c.note, `${lever.id} ${what}`).toMatch(sourceId);
      }
    }
  });

  it('links first-report recommendations carried on to the lever they share a mechanism with, reusing its knobs', () => {
    const carried = LEVERS.filter((l) => l.sharesMechanismWith);
    expect(carried.map((l) => l.id)).toEqual(FIRST_REPORT);
    for (const lever of carried) {
      const target = leverById(lever.sharesMechanismWith!)!;
      expect(target, lever.id).toBeDefined();
      expect(target.group, lever.id).not.toBe('first_report');
      for (const knob of lever.knobs) expect(target.knobs as string[], `${lever.id} → ${target.id}`).toContain(knob);
      expect(lever.mechanisms, lever.id).toEqual(target.mechanisms);
    }
    expect(leverById('d1_7')!.sharesMechanismWith).toBe('tariff_cap_self_referral');
    expect(leverById('d1_8')!.sharesMechanismWith).toBe('alternative_offer_limit');
    expect(leverById('d1_9')!.sharesMechanismWith).toBe('loan_pool');
  });

  it('offers the loan pool as agreed in ØA24 (0.2 / 0.6 / 0.7 bn DKK in 2024–26), renewed and larger', () => {
    const pool = leverById('loan_pool')!;
    const amounts = (id: string) => pool.settings.find((s) => s.id === id)!.policy.loanPoolBn!;
    expect(amounts('agreed_2024')).toEqual({ '2024': 0.2, '2025': 0.6, '2026': 0.7 });
    expect(Object.keys(amounts('renewed')).length).toBeGreaterThan(3);
    for (const [year, bn] of Object.entries(amounts('renewed'))) expect(amounts('larger')[year]).toBeGreaterThan(bn);
    expect(pool.defaultStartYear).toBe(2024);
  });

  it('offers the alternative-offer limit at 0 % (2024 agreement) and 10 % (bill L 202), today\'s 20–25 % being off', () => {
    const limit = leverById('alternative_offer_limit')!;
    expect(limit.settings.map((s) => [s.id, s.policy.alternativeOfferLimit])).toEqual([['off', undefined], ['agreed_2024', 0], ['bill_l202', 0.1]]);
    expect(DEFAULT_POLICY.alternativeOfferLimit).toBeGreaterThanOrEqual(0.2);
    expect(DEFAULT_POLICY.alternativeOfferLimit).toBeLessThanOrEqual(0.25);
  });
});
