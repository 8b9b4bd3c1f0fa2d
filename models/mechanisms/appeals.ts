/**
 * Appeals and principle rulings (model.md mechanism 3; expert-report G1–G11, 2.2, §4 driver 2).
 *
 * A share of visitation decisions is appealed to Ankestyrelsen; 61.4 % are upheld, 9.9 % reversed
 * and 28.7 % sent back (G2). A reversal raises the citizen's help. Now and then Ankestyrelsen
 * publishes a principle ruling that widens what all municipalities must provide: a Poisson process
 * (λ ≈ 0.9 a year, G9: 9 flagged rulings in 2017–2022) in which each ruling lifts the cost of help
 * for a share of one group's recipients (from 1 % up to the drawn rulingReachMax, 5–15 %; the 2.2 lever suggests 1–10 %) by 2–25 % (G10). The floor only ratchets up, unless
 * rulings are rolled back by law (policy rulingsRolledBack; expert-report 2.2).
 */
import { Counted } from '../state/citizens';
import { GROUP_COUNT, isChildGroup } from '../state/codes';
import { APPEALS } from '../parameters/world';
import { Purpose, keyedHash, poissonFromUniform, toUniform, uniform } from '../random/keyed';
import type { Ruling, World } from '../state/world';

/** Groups whose rules produce principle rulings (adults' and children's disability and social law), weights ∝ typical recipients. */
const RULING_GROUP_WEIGHTS = [0.14, 0.08, 0.03, 0.18, 0.08, 0.12, 0.05, 0.2, 0.04, 0.05, 0.03];

export function maybeAppeal(w: World, i: number): void {
  const c = w.citizens;
  const u = toUniform(keyedHash(w.seed, c.id[i], w.month, Purpose.appeal)); // two steps: maybeAppeal is inlined into assess
  const share = APPEALS.appealShareOfDecisions * w.policy.appealRateMultiplier * (isChildGroup(c.group[i]) ? 0.6 : 1);
  if (u >= share) return;
  w.acc.appeals += 1;
  c.countedThisYear[i] |= Counted.appeal;
  const outcome = u / share; // uniform in [0, 1) given an appeal
  if (outcome < APPEALS.reversed) {
    w.acc.appealsReversed += 1;
    c.costFactor[i] *= 1 + APPEALS.reversalCostUplift;
  }
}

/** New principle rulings this month (a world event: keyed by month only, common to all scenarios). */
export function stepRulings(w: World): void {
  const rate = (w.assumptions.rulingsPerYear * w.policy.rulingRateMultiplier) / 12;
  const u = uniform(w.seed, 0, w.month, Purpose.ruling);
  const count = poissonFromUniform(rate, u);
  for (let k = 0; k < count; k++) {
    const key = w.month * 8 + k;
    const uGroup = uniform(w.seed, 1, key, Purpose.ruling);
    let group = 0;
    let cumulative = 0;
    for (let g = 0; g < GROUP_COUNT; g++) {
      cumulative += RULING_GROUP_WEIGHTS[g];
      if (uGroup < cumulative) { group = g; break; }
    }
    const reach = 0.01 + (w.assumptions.rulingReachMax - 0.01) * uniform(w.seed, 2, key, Purpose.ruling);
    const uplift = 0.02 + (w.assumptions.rulingUpliftMax - 0.02) * uniform(w.seed, 3, key, Purpose.ruling);
    w.rulings.push({ month: w.month, group, reach, uplift, rolledBack: false });
  }
}

function reaches(w: World, i: number, rulingIndex: number, ruling: Ruling): boolean {
  return uniform(w.seed, w.citizens.id[i], rulingIndex, Purpose.rulingReach) < ruling.reach;
}

/**
 * The rulings of each group, by index in publication order, for the rulings published so far (rebuilt
 * when one is added). Every entrant looks up its group's rulings; scanning them all cost about 40 ms a
 * run by 2040.
 */
const rulingsByGroup = new WeakMap<Ruling[], { length: number; byGroup: number[][] }>();
function rulingsOfGroup(w: World, g: number): readonly number[] {
  let entry = rulingsByGroup.get(w.rulings);
  if (!entry || entry.length !== w.rulings.length) {
    const byGroup: number[][] = Array.from({ length: GROUP_COUNT }, () => []);
    w.rulings.forEach((ruling, r) => byGroup[ruling.group].push(r));
    entry = { length: w.rulings.length, byGroup };
    rulingsByGroup.set(w.rulings, entry);
  }
  return entry.byGroup[g];
}

/**
 * Cost factor from rulings in force for a new citizen of the group: those already applied in a January
 * pass (index below `w.rulingsApplied`). A ruling published since then reaches every recipient, this
 * citizen included, in the next January's pass (`applyNewRulings`); counting it at entry as well applied
 * it twice.
 */
export function rulingFactorForNewCitizen(w: World, i: number): number {
  const ofGroup = rulingsOfGroup(w, w.citizens.group[i]);
  let factor = 1;
  for (let k = 0; k < ofGroup.length; k++) {
    const r = ofGroup[k];
    if (r >= w.rulingsApplied) break; // indices ascend: the rest are not yet in force
    const ruling = w.rulings[r];
    if (!ruling.rolledBack && reaches(w, i, r, ruling)) factor *= 1 + ruling.uplift;
  }
  return factor;
}

/**
 * By group, 1 if any of these rulings (indices) is for that group and in force: the January pass calls
 * `applyNewRulings` and `undoRulings` only for citizens of such groups (the others have nothing to do).
 */
export function groupsOfRulings(w: World, rulingIndices: Iterable<number>, inForceOnly: boolean): Uint8Array {
  const groups = new Uint8Array(GROUP_COUNT);
  for (const r of rulingIndices) {
    const ruling = w.rulings[r];
    if (!inForceOnly || !ruling.rolledBack) groups[ruling.group] = 1;
  }
  return groups;
}

/** Rulings published since the last annual pass that reach citizen i (applied once, in January). */
export function applyNewRulings(w: World, i: number, from: number, to: number): void {
  const g = w.citizens.group[i];
  for (let r = from; r < to; r++) {
    const ruling = w.rulings[r];
    if (ruling.group === g && !ruling.rolledBack && reaches(w, i, r, ruling)) w.citizens.costFactor[i] *= 1 + ruling.uplift;
  }
}

/** Roll back the earliest rulings by law when the policy asks for it (returns rulings newly rolled back). */
export function rollBackRulings(w: World): number[] {
  const wanted = w.policy.rulingsRolledBack;
  const rolled: number[] = [];
  let already = 0;
  for (const ruling of w.rulings) if (ruling.rolledBack) already += 1;
  for (let r = 0; r < w.rulings.length && already < wanted; r++) {
    if (!w.rulings[r].rolledBack) {
      w.rulings[r].rolledBack = true;
      rolled.push(r);
      already += 1;
    }
  }
  return rolled;
}

/**
 * The rolled-back rulings whose effect must be undone: those applied in an earlier January (index below
 * `appliedBefore`). A ruling rolled back before any January applied it never raised anyone's cost.
 */
export function rulingsToUndo(rolledBack: readonly number[], appliedBefore: number): number[] {
  return rolledBack.filter((r) => r < appliedBefore);
}

/** Undo rolled-back rulings for citizen i. */
export function undoRulings(w: World, i: number, rolled: number[]): void {
  const g = w.citizens.group[i];
  for (const r of rolled) {
    const ruling = w.rulings[r];
    if (ruling.group === g && reaches(w, i, r, ruling)) w.citizens.costFactor[i] /= 1 + ruling.uplift;
  }
}

/** Yearly cost attributable to rulings in force, by municipality (mean-field, for DUT compensation). */
export function rulingCostShare(w: World, spendByGroupAndMunicipality: Float64Array): Float64Array {
  const perGroup = new Float64Array(GROUP_COUNT).fill(1);
  for (const ruling of w.rulings) if (!ruling.rolledBack) perGroup[ruling.group] *= 1 + ruling.reach * ruling.uplift;
  const out = new Float64Array(w.municipalities.count);
  for (let m = 0; m < out.length; m++) {
    for (let g = 0; g < GROUP_COUNT; g++) {
      const spend = spendByGroupAndMunicipality[m * GROUP_COUNT + g];
      out[m] += spend * (1 - 1 / perGroup[g]);
    }
  }
  return out;
}
