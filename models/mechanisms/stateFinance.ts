/**
 * State finance (model.md mechanism 9). The reimbursement scheme for expensive individual cases
 * refunds 25 % of a citizen's yearly cost between 0.86 and 1.68 m DKK, 50 % up to 2.12 m and 75 %
 * above (agreements M003-4; before 2021 the top rate was 50 %). Crisis centres and shelters are
 * refunded at 50 % (expert-report B20). When DUT compensation is switched on, the state also pays
 * municipalities the cost of new principle rulings (expert-report 2.2). The loan pool
 * (agreements 000 l.889-895) is drawn in capacity.ts. Refunds reduce net municipal cost, not
 * spending: spending is measured before refunds (expert-report §2).
 */
import { GROUP_COUNT, SERVICE_COUNT, Service, isResidentialService } from '../state/codes';
import { REIMBURSEMENT } from '../parameters/world';
import type { World } from '../state/world';

const EXPENSIVE_THRESHOLD_DKK = 2_000_000; // expert-report D10: "particularly expensive" > 2 m DKK/yr

/** Refund of one case's yearly cost under the scheme in force. */
export function expensiveCaseRefund(yearCost: number, thresholds: readonly number[], rates: readonly number[]): number {
  const t1 = thresholds[0], t2 = thresholds[1], t3 = thresholds[2];
  const r1 = rates[0], r2 = rates[1], r3 = rates[2];
  const band1 = Math.min(Math.max(yearCost - t1, 0), t2 - t1);
  const band2 = Math.min(Math.max(yearCost - t2, 0), t3 - t2);
  const band3 = Math.max(yearCost - t3, 0);
  return r1 * band1 + r2 * band2 + r3 * band3;
}

export function reimbursementRates(w: World): readonly number[] {
  if (w.policy.reimbursementRates) return w.policy.reimbursementRates;
  return w.year >= 2021 ? REIMBURSEMENT.ratesFrom2021 : REIMBURSEMENT.ratesBefore2021;
}

/** Settle a citizen's cost so far this year (on exit and at year end). */
export function settleYearCost(w: World, i: number): void {
  const c = w.citizens;
  const cost = c.yearCost[i];
  if (cost <= 0) return;
  settleCaseYear(w, cost, c.service[i], c.municipality[i]);
  c.yearCost[i] = 0;
}

/** The state's side of one case-year: refund under the expensive-case scheme, and the > 2 m DKK count. */
function settleCaseYear(w: World, cost: number, service: number, municipality: number): void {
  if (service !== Service.crisisCentre && service !== Service.shelter && cost > w.policy.reimbursementThresholds[0]) {
    const refund = expensiveCaseRefund(cost, w.policy.reimbursementThresholds, reimbursementRates(w));
    w.acc.refundExpensiveCases += refund;
    w.acc.refundsByMunicipality[municipality] += refund;
  }
  if (cost > EXPENSIVE_THRESHOLD_DKK) {
    w.acc.costOver2mCount += 1;
    if (isResidentialService(service)) w.acc.costOver2mResidentialSpend += cost;
  }
}

/**
 * Year end, after every citizen is settled through December: each case-year goes to the state
 * (`settleYearCost`, in row order) and, when DUT compensation is on, into spending by municipality
 * and group (`spendByGroup`). Only cases above the refund threshold or 2 m DKK leave the loop.
 */
export function settleEveryoneYear(w: World, spendByGroup: Float64Array | null): void {
  const c = w.citizens;
  const yearCost = c.yearCost, service = c.service, municipality = c.municipality, group = c.group;
  const lowest = Math.min(w.policy.reimbursementThresholds[0], EXPENSIVE_THRESHOLD_DKK);
  const n = c.count;
  for (let i = 0; i < n; i++) {
    const cost = yearCost[i];
    if (spendByGroup) spendByGroup[municipality[i] * GROUP_COUNT + group[i]] += cost;
    if (cost <= 0) continue;
    if (cost > lowest) settleCaseYear(w, cost, service[i], municipality[i]);
    yearCost[i] = 0;
  }
}

/** Year-end refunds that depend on totals: self-referral services and DUT compensation of rulings. */
export function settleYear(w: World, rulingCostShareByMunicipality: Float64Array | null): void {
  const spend = w.acc.spendByMunicipalityService;
  for (let m = 0; m < w.municipalities.count; m++) {
    const selfReferral =
      spend[m * SERVICE_COUNT + Service.crisisCentre] + spend[m * SERVICE_COUNT + Service.shelter];
    const refund = REIMBURSEMENT.selfReferralRefund * selfReferral;
    w.acc.refundSelfReferral += refund;
    w.acc.refundsByMunicipality[m] += refund;
    if (rulingCostShareByMunicipality && w.policy.dutCompensation) {
      const dut = rulingCostShareByMunicipality[m];
      w.acc.refundDut += dut;
      w.acc.refundsByMunicipality[m] += dut;
    }
  }
}
