/**
 * Private and self-owned provider entry and exit, and closure of under-used offers (model.md
 * mechanism 5; expert-report 2.3, D9, §4 drivers 6, 8, 9, 12; agreements §5.2 #1, #5).
 *
 * Each January, private operators open offers in regions where citizens wait for places and
 * prices are high: the expected number is proportional to the waiting list and grows with
 * scarcity. They mostly open botilbud-like housing or § 108/§ 107 places, often for complex needs
 * where margins are highest. Capacity control over non-public providers is weak (driver 6): the
 * public side does not plan their entry. Offers that stay below the closure occupancy lose money:
 * private and self-owned ones close to new admissions, public (municipal and regional) ones shrink
 * to their residents — specialised capacity that loses volume is lost (de-specialisation).
 */
import { Owner, Service, Specialisation, isResidentialService } from '../state/codes';
import { MEAN_PLACES_PER_OFFER, UNIT_COST } from '../parameters/world';
import { UNLIMITED_PLACES } from '../state/providers';
import { Purpose, poissonFromUniform, uniform } from '../random/keyed';
import type { World } from '../state/world';
import { unitCostScale } from './costScales';
import { pickMunicipalityInRegion } from './capacity';

export function stepMarket(w: World, waitingByRegionClass: Float64Array): void {
  const p = w.providers;
  const a = w.assumptions;
  // Closures and shrinkage from last year's occupancy.
  for (let q = 0; q < p.count; q++) {
    if (!p.open[q] || p.places[q] >= UNLIMITED_PLACES) continue;
    if (!isResidentialService(p.service[q]) && p.service[q] !== Service.placementResidential) continue;
    if (p.openedYear[q] >= w.year - 1) continue; // new offers fill up over their first year
    const occupancy = p.occupiedMonths[q] / 12 / Math.max(1, p.places[q]);
    p.lowOccupancyYears[q] = occupancy < a.closureOccupancy ? Math.min(255, p.lowOccupancyYears[q] + 1) : 0;
    if (p.lowOccupancyYears[q] === 0) continue;
    const owner = p.owner[q];
    if ((owner === Owner.private || owner === Owner.selfOwned) && p.lowOccupancyYears[q] >= 2) {
      w.acc.placesClosed += p.places[q] - p.occupied[q];
      p.places[q] = p.occupied[q];
      p.open[q] = 0; // closed to new admissions; residents stay until they leave
    } else if (p.lowOccupancyYears[q] >= 2) {
      const keep = Math.max(p.occupied[q], Math.ceil(p.occupied[q] * 1.05));
      w.acc.placesClosed += p.places[q] - keep;
      p.places[q] = keep;
      if (keep === 0) p.open[q] = 0;
      p.lowOccupancyYears[q] = 0;
    }
  }
  // Entry where citizens wait: class 0 temporary (§ 107), class 1 long-term (§ 108 / botilbud-like).
  for (let r = 0; r < w.regionCount; r++) {
    for (let k = 0; k < 2; k++) {
      const waiting = waitingByRegionClass[r * 2 + k] / w.sample;
      if (waiting <= 0) continue;
      const scarcity = (w.scarcity[r * 3] + w.scarcity[r * 3 + 1] + w.scarcity[r * 3 + 2]) / 3;
      const mean = a.privateEntryRate * (waiting / 10) * (0.5 + scarcity);
      const n = poissonFromUniform(mean, uniform(w.seed, r * 2 + k, w.year, Purpose.market));
      for (let e = 0; e < n; e++) {
        const key = (w.year * 16 + e) * 8 + r * 2 + k;
        const u1 = uniform(w.seed, key, 1, Purpose.market);
        const u2 = uniform(w.seed, key, 2, Purpose.market);
        const u3 = uniform(w.seed, key, 3, Purpose.market);
        // The owner is its own draw, independent of the type (a shared draw made every self-owned
        // entrant a § 108 offer and every botilbud-like entrant private).
        const u4 = uniform(w.seed, key, 4, Purpose.market);
        const service = k === 0 ? Service.residential107 : u1 < 0.65 ? Service.botilbudLike : Service.residential108;
        const specialisation = u2 < 0.45 ? Specialisation.highlySpecialised : u2 < 0.7 ? Specialisation.specialised : Specialisation.general;
        const places = Math.max(1, Math.round(MEAN_PLACES_PER_OFFER * 0.6 * w.sample * (0.5 + u3)));
        const m = pickMunicipalityInRegion(w, r, u3);
        p.add({
          service, owner: u4 < 0.75 ? Owner.private : Owner.selfOwned, municipality: m, region: r, specialisation, places,
          costBase: UNIT_COST[service] * unitCostScale(w, service) * (1 + 0.25 * specialisation),
          latentQuality: 0.7 + 0.2 * u3, scoreChaser: u2 < 0.28, openedYear: w.year,
        });
        w.acc.placesOpenedPrivate += places;
      }
    }
  }
}
