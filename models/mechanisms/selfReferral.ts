/**
 * Self-referral services (model.md mechanism 8; expert-report 2.8, B18–B20, D12, E1–E4, §4 driver
 * 17; agreements §5.2 #10). Women subject to violence go straight to a crisis centre (§ 109) and
 * homeless people to a shelter (§ 110): no municipal visitation, the centre's leader admits and
 * discharges, and the home municipality pays the centre's fixed, cost-based tariff with a 50 %
 * state refund. A stay lasts an acute phase, or — for the women who need housing first — the acute
 * phase plus a post-acute wait, each modelled as one spell with the combined mean length; the payer
 * controls neither. When centres are full, arrivals are turned away; operators
 * open new centres where turn-aways are common, because payment is guaranteed (the payer is not
 * the gatekeeper).
 */
import { Counted } from '../state/citizens';
import { Group, Owner, Service, Specialisation } from '../state/codes';
import { MEAN_PLACES_PER_SELF_REFERRAL, UNIT_COST } from '../parameters/world';
import { Purpose, poissonFromUniform, uniform } from '../random/keyed';
import type { World } from '../state/world';
import { createCitizen } from './demography';
import { assess } from './visitation';

const KIND_CRISIS = 0;
const KIND_SHELTER = 1;

/** Monthly exit probabilities of the acute and the housing-wait phases of a crisis-centre stay. */
export function crisisExitHazards(w: World): { acute: number; housing: number } {
  const acute = w.assumptions.crisisAcuteMonths;
  const wait = w.calibration.crisisHousingWaitMonths * (1 - w.policy.crisisPostAcuteReduction);
  return { acute: Math.min(1, 1 / acute), housing: Math.min(1, 1 / (acute + wait)) };
}

function kindOf(service: number): number {
  return service === Service.crisisCentre ? KIND_CRISIS : KIND_SHELTER;
}

export function registerSelfReferralProvider(w: World, q: number): void {
  const kind = kindOf(w.providers.service[q]);
  w.selfReferralRows[kind * w.regionCount + w.providers.region[q]].push(q);
}

/**
 * A vacancy among the region's offers of this kind: the first in the home municipality, else the first.
 * `full` (optional, by kind × region) remembers regions found without a vacancy; it is valid while
 * places are only being taken, as during one month's arrivals (stepInflow), and spares the scans of
 * every region for each woman turned away.
 */
function findVacancy(w: World, kind: number, region: number, m: number, full?: Uint8Array): number {
  const slot = kind * w.regionCount + region;
  if (full && full[slot]) return -1;
  const p = w.providers;
  const rows = w.selfReferralRows[slot];
  let best = -1;
  for (const q of rows) {
    if (!p.open[q] || p.occupied[q] >= p.places[q]) continue;
    if (p.municipality[q] === m) return q;
    if (best < 0) best = q;
  }
  if (best < 0 && full) full[slot] = 1;
  return best;
}

/**
 * Admit a woman to a crisis centre or a homeless person to a shelter, or turn them away. `fullRegions`
 * (from stepInflow, fresh each month) lets the month's later arrivals skip regions already found full.
 */
export function admitSelfReferral(w: World, id: number, m: number, group: number, fullRegions?: Uint8Array): void {
  const kind = group === Group.adultViolence ? KIND_CRISIS : KIND_SHELTER;
  const region = w.municipalities.info[m].region;
  w.arrivals[kind * w.regionCount + region] += 1;
  let q = findVacancy(w, kind, region, m, fullRegions);
  if (q < 0 && kind === KIND_CRISIS) {
    // Women may travel to a centre in another region (safety sometimes requires it).
    for (let r = 0; r < w.regionCount && q < 0; r++) if (r !== region) q = findVacancy(w, kind, r, m, fullRegions);
  }
  if (q < 0) {
    w.turnedAway[kind * w.regionCount + region] += 1;
    w.acc.turnedAway += 1;
    if (kind === KIND_SHELTER) {
      const i = createCitizen(w, id, m, group);
      assess(w, i, true);
    }
    return;
  }
  const i = createCitizen(w, id, m, group);
  const c = w.citizens;
  c.setService(i, w.providers.service[q]);
  c.provider[i] = q;
  c.serviceStart[i] = w.month;
  w.providers.occupied[q] += 1;
  w.providers.admissionsYear[q] += 1;
  if (kind === KIND_CRISIS) countCrisisStay(w, i);
}

export function countCrisisStay(w: World, i: number): void {
  const c = w.citizens;
  w.acc.crisisStays += 1;
  if (!(c.countedThisYear[i] & Counted.crisis)) {
    c.countedThisYear[i] |= Counted.crisis;
    w.acc.crisisWomen += 1;
  }
}

/** January: operators open centres where arrivals were turned away last year. */
export function stepSelfReferralCapacity(w: World, addProvider: (fields: Parameters<World['providers']['add']>[0]) => number): void {
  const mun = w.municipalities;
  for (let kind = 0; kind < 2; kind++) {
    for (let r = 0; r < w.regionCount; r++) {
      const arrivals = w.arrivals[kind * w.regionCount + r];
      if (arrivals <= 0) continue;
      const turnAwayRate = w.turnedAway[kind * w.regionCount + r] / arrivals;
      const mean = w.assumptions.selfReferralEntryRate * (turnAwayRate / 0.1);
      const n = poissonFromUniform(mean, uniform(w.seed, kind * 16 + r, w.year, Purpose.crisis));
      for (let k = 0; k < n; k++) {
        // Host: the region's municipality drawn by population (keyed).
        const u = uniform(w.seed, kind * 16 + r, w.year * 8 + k, Purpose.crisis + 100);
        let total = 0;
        for (let m = 0; m < mun.count; m++) if (mun.info[m].region === r) total += mun.population[m];
        let pick = 0;
        let cum = 0;
        for (let m = 0; m < mun.count; m++) {
          if (mun.info[m].region !== r) continue;
          cum += mun.population[m] / total;
          pick = m;
          if (u < cum) break;
        }
        const service = kind === KIND_CRISIS ? Service.crisisCentre : Service.shelter;
        const places = Math.max(1, Math.round(MEAN_PLACES_PER_SELF_REFERRAL * w.sample * (0.6 + 0.8 * u)));
        const scale = kind === KIND_CRISIS ? w.calibration.crisisTariffScale : w.calibration.adultUnitCostScale;
        const q = addProvider({
          service, owner: u < 0.7 ? Owner.selfOwned : Owner.municipal, municipality: pick, region: r,
          specialisation: Specialisation.general, places, costBase: UNIT_COST[service] * scale,
          latentQuality: 0.8, scoreChaser: false, openedYear: w.year,
        });
        registerSelfReferralProvider(w, q);
      }
      w.turnedAway[kind * w.regionCount + r] = 0;
      w.arrivals[kind * w.regionCount + r] = 0;
    }
  }
}
