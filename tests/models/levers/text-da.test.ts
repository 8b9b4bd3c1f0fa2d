/**
 * The Danish prose of the levers and assumptions (models/levers/text-da*.ts) is complete, has no
 * stale entries, and keeps every number of the English text it translates.
 *
 * Numbers are compared as multisets of digit groups (maximal runs of digits): "0.35" and "0,35"
 * both give {0, 35}, "28,000" and "28.000" both give {28, 000}, "M003-4" gives {003, 4}. So
 * formatting (decimal comma, thousands separator, dash style) is free, but a number that is lost,
 * changed or added shows up. Numbers written as words ("five themes", "fem temaer") are not digits
 * in either language and are not compared.
 */
import { describe, expect, it } from 'vitest';
import { LEVERS } from '../../../models/levers/registry';
import { LEVER_TEXT_DA, ASSUMPTION_TEXT_DA } from '../../../models/levers/text-da';
import { leverText, assumptionText } from '../../../models/levers/text';
import { ASSUMPTIONS, ASSUMPTION_KEYS } from '../../../models/parameters/assumptions';

/** Where a text lives, for messages: `r2_1.settings.proposed`, `assumption economyWeight.why`. */
interface Pair {
  where: string;
  en: string;
  da: string | undefined;
}

function leverPairs(): Pair[] {
  return LEVERS.flatMap((lever) => {
    const da = LEVER_TEXT_DA[lever.id];
    return [
      { where: `${lever.id}.proposal`, en: lever.proposal, da: da?.proposal },
      ...lever.settings.map((s) => ({ where: `${lever.id}.settings.${s.id}`, en: s.description, da: da?.settings?.[s.id] })),
      ...lever.strengthAssumptions.map((a) => ({ where: `${lever.id}.reasoning.${a.key}`, en: a.reasoning, da: da?.reasoning?.[a.key] })),
      { where: `${lever.id}.claims.spending`, en: lever.claims.spending.note, da: da?.claims?.spending },
      { where: `${lever.id}.claims.quality`, en: lever.claims.quality.note, da: da?.claims?.quality },
      ...(lever.modelNote === undefined ? [] : [{ where: `${lever.id}.modelNote`, en: lever.modelNote, da: da?.modelNote }]),
    ];
  });
}

function assumptionPairs(): Pair[] {
  return ASSUMPTION_KEYS.flatMap((key) => [
    { where: `assumption ${key}.unit`, en: ASSUMPTIONS[key].unit, da: ASSUMPTION_TEXT_DA[key]?.unit },
    { where: `assumption ${key}.why`, en: ASSUMPTIONS[key].why, da: ASSUMPTION_TEXT_DA[key]?.why },
  ]);
}

const ALL = (): Pair[] => [...leverPairs(), ...assumptionPairs()];

/** Texts that are rightly the same in both languages. */
const SAME_IN_BOTH = new Set(['assumption coordinationLevel.unit']); // "0–1"

/** Digit groups of a text, sorted (a multiset). */
function digitGroups(text: string): string[] {
  return (text.match(/\d+/g) ?? []).sort();
}

/** The multiset difference a − b. */
function minus(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const k = rest.indexOf(x);
    if (k < 0) return true;
    rest.splice(k, 1);
    return false;
  });
}

/**
 * Danish texts allowed to differ from the English in their digit groups, with the reason. Keep it
 * short: a Danish text should carry exactly the English numbers. (Empty today.)
 */
const NUMBER_EXCEPTIONS: Record<string, { lost?: string[]; added?: string[]; why: string }> = {};

describe('Danish lever and assumption prose', () => {
  it('counts what it checks (39 levers, every assumption)', () => {
    expect(LEVERS).toHaveLength(39);
    expect(Object.keys(LEVER_TEXT_DA)).toHaveLength(LEVERS.length);
    expect(Object.keys(ASSUMPTION_TEXT_DA)).toHaveLength(ASSUMPTION_KEYS.length);
  });

  it('has a Danish text for every proposal, setting, strength assumption, claim, model note and assumption', () => {
    const missing = ALL()
      .filter((p) => !p.da || p.da.trim() === '')
      .map((p) => p.where);
    expect(missing).toEqual([]);
  });

  it('has no stale entries: every key names a lever, setting, strength assumption or assumption that exists', () => {
    const stale: string[] = [];
    for (const [id, da] of Object.entries(LEVER_TEXT_DA)) {
      const lever = LEVERS.find((l) => l.id === id);
      if (!lever) {
        stale.push(id);
        continue;
      }
      for (const s of Object.keys(da.settings ?? {})) if (!lever.settings.some((x) => x.id === s)) stale.push(`${id}.settings.${s}`);
      for (const k of Object.keys(da.reasoning ?? {})) if (!lever.strengthAssumptions.some((a) => a.key === k)) stale.push(`${id}.reasoning.${k}`);
      for (const k of Object.keys(da.claims ?? {})) if (k !== 'spending' && k !== 'quality') stale.push(`${id}.claims.${k}`);
      if (da.modelNote !== undefined && lever.modelNote === undefined) stale.push(`${id}.modelNote`);
    }
    for (const key of Object.keys(ASSUMPTION_TEXT_DA)) if (!(key in ASSUMPTIONS)) stale.push(`assumption ${key}`);
    expect(stale).toEqual([]);
  });

  it('keeps every number of the English text, and adds none', () => {
    const problems: string[] = [];
    for (const p of ALL()) {
      if (!p.da) continue;
      const en = digitGroups(p.en);
      const da = digitGroups(p.da);
      const exception = NUMBER_EXCEPTIONS[p.where];
      const lost = minus(minus(en, da), exception?.lost ?? []);
      const added = minus(minus(da, en), exception?.added ?? []);
      if (lost.length > 0 || added.length > 0) {
        problems.push(`${p.where}: lost [${lost.join(' ')}] added [${added.join(' ')}]\n  en: ${p.en}\n  da: ${p.da}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes numbers the Danish way and translates the units', () => {
    // English decimals: "0.35", a decimal before a unit or after an operator ("1.5 %", "× 1.25", "≈ 0.9").
    // Section ids such as "2.3" or "§5.2" are not caught: they stand before a comma, a colon or a word.
    const englishDecimal = /\b0\.\d|\d\.\d+\s*(%|mia|mio|kr|gange|år|måned|om året|pr\.)|[×≈λ=±]\s*\d+\.\d/;
    // English thousands ("28,000"): in Danish that reads as a decimal.
    const englishThousands = /\b[1-9]\d{0,2},\d{3}\b/;
    const englishWords = /\b(bn|m DKK|DKK|per year|a year|per cent|lever|assumption|today)\b/;
    const problems = ALL()
      .filter((p) => p.da && (englishDecimal.test(p.da) || englishThousands.test(p.da) || englishWords.test(p.da)))
      .map((p) => `${p.where}: ${p.da}`);
    expect(problems).toEqual([]);
  });

  it('is translated, not copied', () => {
    const copied = ALL()
      .filter((p) => p.da === p.en && !SAME_IN_BOTH.has(p.where))
      .map((p) => p.where);
    expect(copied).toEqual([]);
  });

  it('is what leverText and assumptionText give in Danish, and the English in English', () => {
    for (const lever of LEVERS) {
      const da = leverText(lever, 'da');
      const en = leverText(lever, 'en');
      expect(da.proposal).toBe(LEVER_TEXT_DA[lever.id]!.proposal);
      expect(en.proposal).toBe(lever.proposal);
      for (const s of lever.settings) {
        expect(da.settingDescription(s.id)).toBe(LEVER_TEXT_DA[lever.id]!.settings![s.id]);
        expect(en.settingDescription(s.id)).toBe(s.description);
      }
      expect(en.claimNote('quality')).toBe(lever.claims.quality.note);
      expect(da.modelNote === undefined).toBe(lever.modelNote === undefined);
    }
    for (const key of ASSUMPTION_KEYS) {
      expect(assumptionText(key, 'da')).toEqual(ASSUMPTION_TEXT_DA[key]);
      expect(assumptionText(key, 'en')).toEqual({ unit: ASSUMPTIONS[key].unit, why: ASSUMPTIONS[key].why });
    }
  });
});

describe('digitGroups', () => {
  it('ignores decimal and thousands formatting but keeps every number', () => {
    expect(digitGroups('0.35 and 28,000 (M003-4)')).toEqual(digitGroups('0,35 og 28.000 (M003-4)'));
    expect(digitGroups('0.35')).not.toEqual(digitGroups('0,25'));
    expect(digitGroups('1.5–3 m DKK')).toEqual(['1', '3', '5']);
  });
});
