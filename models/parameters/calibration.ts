/**
 * The truly unknown scalars fitted by `npm run calibrate` to the 2018–2022 figures of
 * expert-report §2 (targets in parameters/targets.ts). Each scalar is paired with the target it
 * mainly moves; scripts/calibrate.ts documents the procedure and docs/calibration.md the fit.
 */
import calibratedFile from './calibrated.json' with { type: 'json' };

export interface Calibration {
  /** Multiplier on children's entries (expert-report C2, C5). */
  childEntryScale: number;
  /** Yearly growth of children's entries 2018→ (C5: +10,000 2018–22). */
  childTrend: number;
  adultEntryScale: number;
  /** Yearly growth of adults' entries (C5: +13,000 2018–22). */
  adultTrend: number;
  childStockScale: number;
  adultStockScale: number;
  /** Probability that a need-level-4 adult is assessed to a residential offer (C7). */
  residentialPropensity: number;
  /** Residential places at 1 Jan 2018 (D7 is end-2022). */
  initialPlaces: number;
  initialBotilbudLikeShare: number;
  initial107Share: number;
  childUnitCostScale: number;
  adultUnitCostScale: number;
  residentialUnitCostScale: number;
  crisisArrivalScale: number;
  crisisTrend: number;
  /** Mean post-acute (housing-wait) months of a crisis stay (E2). */
  crisisHousingWaitMonths: number;
  crisisInitialPlaces: number;
  crisisTariffScale: number;
}

export const CALIBRATION_KEYS = Object.keys(calibratedFile.values) as (keyof Calibration)[];
export const CALIBRATED: Calibration = calibratedFile.values as Calibration;
