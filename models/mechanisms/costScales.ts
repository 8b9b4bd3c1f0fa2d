/**
 * Calibrated unit-cost scales by area: children and youth, adult non-residential, residential,
 * and self-referral (parameters/calibration.ts). The notes give no tariff levels (expert-report §2K).
 */
import { Service, isChildService, isResidentialService } from '../state/codes';
import type { World } from '../state/world';

export function unitCostScale(w: World, service: number): number {
  const cal = w.calibration;
  if (service === Service.crisisCentre) return cal.crisisTariffScale;
  if (isChildService(service)) return cal.childUnitCostScale;
  if (isResidentialService(service)) return cal.residentialUnitCostScale;
  return cal.adultUnitCostScale;
}
