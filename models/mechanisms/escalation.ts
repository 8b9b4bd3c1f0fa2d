/**
 * Escalation of the most expensive cases (model.md mechanism 5; expert-report B14–B17, §4 drivers
 * 10 and 15; agreements M000-2).
 *
 * Once a year, residents with particularly complex needs have their individual price raised with
 * some probability: the provider knows the citizen best, contracts are incomplete, and in a thin
 * market the buyer has no alternative. This happens more often in private offers (B17: "the most
 * expensive get even more expensive offers over time, especially private ones"). Standardised
 * tariffs with comparable packages halve it. Citizens placed in a mismatched place escalate too
 * (M000-2: cases that did not get the right service the first time become very expensive), and
 * some become complex. Mismatched residents who cannot consent to a move are moved only through
 * the slow procedure of moves without consent (expert-report C10: ≈ 400 cases a year for 28,000
 * residents); when it is started, they wait for a fitting place while keeping the current one.
 */
import { Attr, NO_SERVICE } from '../state/citizens';
import { Owner, Service, isResidentialService } from '../state/codes';
import { Purpose, uniform } from '../random/keyed';
import type { World } from '../state/world';

/** Only complex or mismatched residents escalate or are moved. */
export function mayEscalate(service: number, attributes: number): boolean {
  return isResidentialService(service) && (attributes & (Attr.complex | Attr.mismatched)) !== 0;
}

/**
 * One year's escalation of citizen i, with the year's keyed draw: a complex resident's price steps up
 * at the owner's upcoding rate; a mismatched one's at the mismatch rate, and some of those become complex.
 * `year` keys the draw, so each year of a resident's history is its own number. `asymmetry` scales the
 * upcoding rates (standardised tariffs cut them).
 */
function escalateCost(w: World, i: number, year: number, asymmetry: number): void {
  const c = w.citizens;
  const attr = c.attributes[i];
  const a = w.assumptions;
  const u = uniform(w.seed, c.id[i], year, Purpose.escalation);
  if (attr & Attr.complex) {
    const owner = w.providers.owner[c.provider[i]];
    const rate = (owner === Owner.private || owner === Owner.selfOwned ? a.privateUpcodingPerYear : a.publicUpcodingPerYear) * asymmetry;
    if (u < rate) c.costFactor[i] *= 1 + a.escalationCostStep;
  } else if (attr & Attr.mismatched) {
    if (u < a.mismatchEscalationPerYear) {
      c.costFactor[i] *= 1 + a.escalationCostStep;
      if (u < a.mismatchEscalationPerYear * 0.3) c.attributes[i] |= Attr.complex;
    }
  }
}

export function escalate(w: World, i: number): void {
  const c = w.citizens;
  if (!mayEscalate(c.service[i], c.attributes[i])) return;
  escalateCost(w, i, w.year, w.policy.standardTariffModel ? 1 - w.assumptions.standardTariffMarkupCut : 1);
  if (c.attributes[i] & Attr.mismatched && c.waitingFor[i] === NO_SERVICE) {
    const uMove = uniform(w.seed, c.id[i], w.year, Purpose.escalation + 100);
    if (uMove < w.policy.moveWithoutConsentPerYear) {
      c.setWaitingFor(i, (c.attributes[i] & Attr.trajectoryMask) === 0 ? Service.residential107 : Service.residential108);
      c.waitStart[i] = w.month;
    }
  }
}

/**
 * The 2018 stock's escalation history (initialisation): a resident who may escalate has been in care
 * for `years` before 2018 and has lived through that many yearly escalations, oldest first, each with
 * its own keyed draw (years 2017, 2016, …, never drawn again by the run, which escalates from 2019).
 * Without it, every resident would start at the price of a new case and the expensive tail would grow
 * in the first years only because the stock had no past (expert-report B17: the most expensive become
 * more expensive over time). Moves without consent are not replayed: the place held in 2018 is given.
 * The history is the same in every scenario: no standardised tariffs before 2018, whatever the policy.
 */
export function escalateHistory(w: World, i: number, years: number): void {
  // Once a resident may escalate they stay so: escalation only adds the complex mark, and the place is kept.
  for (let back = years; back >= 1; back--) escalateCost(w, i, w.year - back, 1);
}
