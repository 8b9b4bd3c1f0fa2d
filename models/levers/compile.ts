/**
 * Compiling a scenario's lever choices into policy changes (the form the engine reads,
 * simulate.ts `policyTimeline`).
 *
 * Each chosen setting acts from its start year (the lever's default unless the scenario gives one).
 * When several levers set the same knob, their values combine by the knob's rule below (for
 * example two independent cuts of appeals multiply, two tariff caps give the lower cap, two
 * loan pools give the larger amount per year), so a package is not decided by the order of its
 * levers. A first-report recommendation carried into a final-report one (`sharesMechanismWith`)
 * gives way to it on the knobs both set while both are on: it is the same proposal, not a second
 * one.
 *
 * One change is emitted per distinct start year, holding the knobs whose combined value changes in
 * that year (so an expert's explicit change of a knob is not undone by a later lever that does
 * not touch it), and naming the levers in force (`fromLevers`).
 */
import type { Policy } from '../parameters/policy';
import { leverById, LEVERS } from './registry';
import type { Lever } from './types';

/** A scenario's lever choices: lever id → setting id and, optionally, the first year it applies. */
export type LeverChoices = Record<string, { setting: string; startYear?: number }>;

export interface CompiledPolicyChange {
  year: number;
  policy: Partial<Policy>;
  /** The levers whose settings this change combines (in registry order). */
  fromLevers: string[];
}

/** How the values several levers give one knob combine, with a sentence for docs/levers.md. */
export interface Combination<T> {
  explain: string;
  combine: (values: readonly T[]) => T;
}

const largest: Combination<number> = { explain: 'the largest value', combine: (values) => Math.max(...values) };
const smallest: Combination<number> = { explain: 'the smallest value', combine: (values) => Math.min(...values) };
/** Independent multipliers (e.g. two separate cuts of the appeal rate) compound. */
const product: Combination<number> = { explain: 'the product (independent multipliers compound)', combine: (values) => values.reduce((total, value) => total * value, 1) };
/** Independent reductions given as shares compound: 1 − Π(1 − x). */
const compoundShares: Combination<number> = {
  explain: '1 − Π(1 − x) (independent reductions compound)',
  combine: (values) => 1 - values.reduce((kept, value) => kept * (1 - value), 1),
};
const sumUpTo = (max: number): Combination<number> => ({
  explain: `the sum, at most ${max} (separate pushes add up)`,
  combine: (values) => Math.min(max, values.reduce((total, value) => total + value, 0)),
});
const anyTrue: Combination<boolean> = { explain: 'on if any lever turns it on', combine: (values) => values.some(Boolean) };
const allTrue: Combination<boolean> = { explain: 'off if any lever turns it off', combine: (values) => values.every(Boolean) };
/** Nullable knob (null = the assumption): combine the values levers set; a lever never sets null. */
function ofSet(rule: Combination<number>): Combination<number | null> {
  return {
    explain: rule.explain,
    combine: (values) => {
      const set = values.filter((value): value is number => value !== null);
      return set.length ? rule.combine(set) : null;
    },
  };
}
/** Knobs only one lever sets (the reimbursement scheme): the last in registry order. */
function lastOf<T>(): Combination<T> {
  return { explain: 'the last lever in registry order (only one lever sets it)', combine: (values) => values[values.length - 1] };
}
/** Yearly amounts (loan pools): the larger amount in each year (two pools of the same kind are not added). */
const largestPerYear: Combination<Record<string, number>> = {
  explain: 'the largest amount in each year (the same pool is not counted twice)',
  combine: (values) => {
    const out: Record<string, number> = {};
    for (const amounts of values) for (const [year, bn] of Object.entries(amounts)) out[year] = Math.max(out[year] ?? 0, bn);
    return out;
  },
};

/**
 * How each knob combines when several levers set it. Typed over every knob, so a new knob in
 * parameters/policy.ts does not compile until it has a rule.
 */
export const KNOB_COMBINATION: { [K in keyof Policy]: Combination<Policy[K]> } = {
  economyWeight: ofSet(largest),
  networkSubstitution: largest,
  rulingRateMultiplier: product,
  rulingsRolledBack: largest,
  appealRateMultiplier: product,
  dutCompensation: anyTrue,
  alternativeOfferLimit: smallest,
  moveWithoutConsentPerYear: largest,
  flexiblePlaceShare: largest,
  longTermExitFlexibility: largest,
  publicVacancyFirst: ofSet(largest),
  tariffCapSelfReferral: ofSet(smallest),
  tariffCapComplex: ofSet(smallest),
  standardTariffModel: anyTrue,
  coordinationLevel: ofSet(largest),
  loanPoolBn: largestPerYear,
  botilbudLikeCeilingExempt: allTrue,
  ceilingRoomMultiplier: largest,
  visitsPerYear: smallest,
  binaryScore: anyTrue,
  outcomeMeasurement: largest,
  crisisPostAcuteReduction: compoundShares,
  reimbursementRates: lastOf(),
  reimbursementThresholds: lastOf(),
  preventionFlexibility: largest,
  transitionSupport: largest,
  entryScreening: largest,
  recoveryAdoptionBoost: sumUpTo(3),
  diffusionBoost: sumUpTo(3),
  outcomesFundShare: largest,
  dataQuality: largest,
  documentationReduction: compoundShares,
  specialisationPlanning: allTrue,
};

interface ActiveLever {
  lever: Lever;
  policy: Partial<Policy>;
  startYear: number;
}

function combineKnob<K extends keyof Policy>(knob: K, values: Policy[K][]): Policy[K] {
  return values.length === 1 ? values[0] : KNOB_COMBINATION[knob].combine(values);
}

/** The combined policy of the levers in force (registry order), first-report levers giving way where carried. */
export function combineLeverPolicies(active: readonly ActiveLever[]): Partial<Policy> {
  const inForce = new Map(active.map((a) => [a.lever.id, a]));
  const valuesByKnob = new Map<keyof Policy, unknown[]>();
  for (const { lever, policy } of active) {
    const carriedInto = lever.sharesMechanismWith ? inForce.get(lever.sharesMechanismWith) : undefined;
    for (const [knob, value] of Object.entries(policy) as [keyof Policy, unknown][]) {
      if (value === undefined) continue;
      if (carriedInto && knob in carriedInto.policy) continue;
      const values = valuesByKnob.get(knob) ?? [];
      values.push(value);
      valuesByKnob.set(knob, values);
    }
  }
  const combined: Record<string, unknown> = {};
  for (const [knob, values] of valuesByKnob) combined[knob] = combineKnob(knob, values as Policy[typeof knob][]);
  return combined as Partial<Policy>;
}

/**
 * Policy changes for a scenario's (already validated) lever choices: one per distinct start year.
 * Unknown levers or settings throw (the scenario schema refuses them first).
 */
export function compileLevers(choices: LeverChoices): CompiledPolicyChange[] {
  const chosen: ActiveLever[] = [];
  for (const lever of LEVERS) {
    const choice = choices[lever.id];
    if (!choice) continue;
    const chosenSetting = lever.settings.find((s) => s.id === choice.setting);
    if (!chosenSetting) throw new RangeError(`lever ${lever.id} has no setting "${choice.setting}"`);
    if (Object.keys(chosenSetting.policy).length === 0) continue;
    chosen.push({ lever, policy: chosenSetting.policy, startYear: choice.startYear ?? lever.defaultStartYear });
  }
  for (const id of Object.keys(choices)) if (!leverById(id)) throw new RangeError(`unknown lever ${id}`);
  const years = [...new Set(chosen.map((a) => a.startYear))].sort((a, b) => a - b);
  const changes: CompiledPolicyChange[] = [];
  let previous: Partial<Policy> = {};
  for (const year of years) {
    const active = chosen.filter((a) => a.startYear <= year);
    const combined = combineLeverPolicies(active);
    const changed = Object.fromEntries(
      Object.entries(combined).filter(([knob, value]) => JSON.stringify(value) !== JSON.stringify(previous[knob as keyof Policy])),
    ) as Partial<Policy>;
    previous = combined;
    if (Object.keys(changed).length) changes.push({ year, policy: changed, fromLevers: active.map((a) => a.lever.id) });
  }
  return changes;
}
