/**
 * Leaving the system (model.md mechanism 1, exits): the citizen's year so far is settled with the
 * state (refunds, the > 2 m DKK count), the place is freed, and the row is removed.
 */
import { isPlaceService } from '../state/codes';
import type { World } from '../state/world';
import { settleYearCost } from './stateFinance';
import { settleNow } from './accounting';

export function releasePlace(w: World, i: number): void {
  const service = w.citizens.service[i];
  if (isPlaceService(service)) {
    const p = w.citizens.provider[i];
    if (w.providers.occupied[p] > 0) w.providers.occupied[p] -= 1;
  }
}

export function removeCitizen(w: World, i: number, died: boolean): void {
  settleNow(w, i);
  settleYearCost(w, i);
  releasePlace(w, i);
  w.acc.exits += 1;
  if (died) w.acc.deaths += 1;
  w.citizens.remove(i);
}
