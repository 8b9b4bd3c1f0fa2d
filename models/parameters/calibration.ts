/**
 * The truly unknown scalars fitted by `npm run calibrate` to the 2018–2022 figures of
 * expert-report §2 (targets in parameters/targets.ts). Each scalar is paired with the target it
 * mainly moves; scripts/calibrate.ts documents the procedure and docs/calibration.md the fit.
 */
import calibratedFile from './calibrated.json' with { type: 'json' };

export interface Calibration {
  /** Multiplier on children's entries (expert-report C2, C5). */
  childEntryScale: number;
  adultEntryScale: number;
  childStockScale: number;
  adultStockScale: number;
  /** Probability that a need-level-4 adult is assessed to a residential offer (C7). */
  residentialPropensity: number;
  /** Multiplier on residential propensity when the 2018 stock is assessed (fitted to 2018 residential spending, B6–B7). */
  initialResidentialScale: number;
  /** Share of long-term places that are botilbud-like in 2018 (D8 gives 52 % of all places in 2022). */
  initialBotilbudLikeShare: number;
  childUnitCostScale: number;
  adultUnitCostScale: number;
  residentialUnitCostScale: number;
  crisisArrivalScale: number;
  /** Mean post-acute (housing-wait) months of a crisis stay (E2). */
  crisisHousingWaitMonths: number;
  crisisInitialPlaces: number;
  crisisTariffScale: number;
}

export const CALIBRATION_KEYS = Object.keys(calibratedFile.values) as (keyof Calibration)[];
export const CALIBRATED: Calibration = calibratedFile.values as Calibration;
