/**
 * Expenditure accounting. A citizen's monthly cost — the provider's tariff times the citizen's
 * individual cost factor — is constant between events: tariffs are set in January and the cost
 * factor changes only when needs, services, placements or rulings change. So costs are not added
 * up month by month but settled for the whole spell at each such event, on exit and at year end:
 * the same sums (to rounding), without touching every citizen every month. Spending is charged to
 * the home (paying) municipality by service (expert-report §2: operating expenditure before refunds).
 */
import { SERVICE_COUNT } from '../state/codes';
import type { World } from '../state/world';

/** Charge citizen i's cost for the months from its last settlement through `throughMonth` (inclusive). */
export function settleSpell(w: World, i: number, throughMonth: number): void {
  const c = w.citizens;
  const from = c.accruedFrom[i];
  const months = throughMonth - from + 1;
  if (months <= 0) return;
  c.accruedFrom[i] = throughMonth + 1;
  const service = c.service[i];
  const provider = c.provider[i];
  const cost = w.providers.monthlyTariff[provider] * c.costFactor[i] * months;
  c.yearCost[i] += cost;
  w.acc.spendByMunicipalityService[c.municipality[i] * SERVICE_COUNT + service] += cost;
  w.acc.serviceMonths[service] += months;
  w.providers.revenueYear[provider] += cost;
}

/** Settle up to and including the current month (before a change that takes effect next month). */
export function settleNow(w: World, i: number): void {
  settleSpell(w, i, w.month);
}

/**
 * Year end: settle every citizen through the current month. The same arithmetic as `settleSpell`, in
 * the same row order (so the same sums to the last bit), with the arrays hoisted out of the loop.
 */
export function settleEveryoneNow(w: World): void {
  const c = w.citizens;
  const through = w.month;
  const accruedFrom = c.accruedFrom, service = c.service, provider = c.provider, costFactor = c.costFactor;
  const yearCost = c.yearCost, municipality = c.municipality;
  const monthlyTariff = w.providers.monthlyTariff, revenueYear = w.providers.revenueYear;
  const spend = w.acc.spendByMunicipalityService, serviceMonths = w.acc.serviceMonths;
  const n = c.count;
  for (let i = 0; i < n; i++) {
    const months = through - accruedFrom[i] + 1;
    if (months <= 0) continue;
    accruedFrom[i] = through + 1;
    const s = service[i];
    const q = provider[i];
    const cost = monthlyTariff[q] * costFactor[i] * months;
    yearCost[i] += cost;
    spend[municipality[i] * SERVICE_COUNT + s] += cost;
    serviceMonths[s] += months;
    revenueYear[q] += cost;
  }
}
