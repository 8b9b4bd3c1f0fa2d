/**
 * Regions and KKR coordination (model.md §Regions and KKR; agreements M001-1, M002-3, §5.2;
 * expert-report 2.3).
 *
 * The municipal contact councils prepare framework agreements. Three of their instruments act here:
 * (1) joint capacity planning for the most complex needs: with probability `coordinationLevel` a
 * year, the KKR has the region's largest municipality build specialised places for the region's
 * complex citizens who wait, with the vacancy risk shared (so no risk premium); (2) the growth
 * alert: municipalities whose residential spending grew more than 5 % report it, and the region's
 * buyers renegotiate private prices with a probability that rises with coordination; (3) "check
 * public vacancies first" acts in placement.ts. Everything is non-binding today (coordination ≈ 0.25).
 * Steering data (expert-report 5.2, `dataQuality`) lets the KKR see shortfalls in time: it closes
 * `dataSteeringEffect` of the gap between today's coordination and fully binding planning.
 */
import { Owner, Service, Specialisation } from '../state/codes';
import { GROWTH_ALERT_THRESHOLD, UNIT_COST } from '../parameters/world';
import { UNLIMITED_PLACES } from '../state/providers';
import { Purpose, uniform } from '../random/keyed';
import type { World } from '../state/world';
import { unitCostScale } from './costScales';

/** Price reduction obtained when a growth alert leads to renegotiation (agreements M002-3: 0–5 %). */
const RENEGOTIATION_CUT = 0.025;

export function stepCoordination(w: World, complexWaitingByRegion: Float64Array): void {
  const residentialSpendByMunicipality = w.municipalities.residentialSpendCurrent;
  const agreed = w.policy.coordinationLevel ?? w.assumptions.coordinationLevel;
  const coordination = agreed + (1 - agreed) * w.policy.dataQuality * w.assumptions.dataSteeringEffect;
  const mun = w.municipalities;
  const p = w.providers;
  for (let r = 0; r < w.regionCount; r++) {
    // (1) Joint build for complex needs.
    const waiting = complexWaitingByRegion[r];
    if (waiting >= 1 && uniform(w.seed, r, w.year, Purpose.capacity + 100) < coordination) {
      let host = -1;
      for (let m = 0; m < mun.count; m++) {
        if (mun.info[m].region === r && (host < 0 || mun.population[m] > mun.population[host])) host = m;
      }
      const places = Math.max(1, Math.round(waiting));
      p.add({
        service: Service.residential108, owner: Owner.municipal, municipality: host, region: r,
        specialisation: Specialisation.highlySpecialised, places,
        costBase: UNIT_COST[Service.residential108] * unitCostScale(w, Service.residential108) * 1.5,
        latentQuality: 0.8, scoreChaser: false, openedYear: w.year,
      });
      w.acc.placesBuiltPublic += places;
    }
    // (2) Growth alert and renegotiation.
    let alerts = 0;
    let members = 0;
    for (let m = 0; m < mun.count; m++) {
      if (mun.info[m].region !== r) continue;
      members += 1;
      const last = mun.residentialSpendLastYear[m];
      if (last > 0 && residentialSpendByMunicipality[m] / last - 1 > GROWTH_ALERT_THRESHOLD) alerts += 1;
    }
    const renegotiate = members > 0 && uniform(w.seed, r, w.year, Purpose.capacity + 200) < (alerts / members) * (0.2 + 0.4 * coordination);
    if (renegotiate) {
      for (let q = 0; q < p.count; q++) {
        if (p.region[q] !== r || p.owner[q] !== Owner.private || p.places[q] >= UNLIMITED_PLACES) continue;
        p.tariff[q] *= 1 - RENEGOTIATION_CUT;
        p.monthlyTariff[q] = p.tariff[q] / 12;
      }
    }
  }
  for (let m = 0; m < mun.count; m++) mun.residentialSpendLastYear[m] = residentialSpendByMunicipality[m];
}
