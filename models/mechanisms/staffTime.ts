/**
 * Staff time and the core task (model.md mechanism 12; expert-report §5 "time for the core task",
 * §4 drivers 18, 21, 23, 2.7, 4.1, 4.2, H8).
 *
 * Frontline time is split between citizens and everything else: documentation and use-of-force
 * logging, supervision visits and follow-up, and casework for appeals. The core-task share is what
 * is left; improvement hazards scale with it relative to a reference share (elasticity assumed 0.2–0.8).
 */
import type { World } from '../state/world';

/** Share of frontline time per supervision visit per offer-year (assumption: preparation and follow-up, ≈ 2 %). */
const SUPERVISION_TIME_PER_VISIT = 0.02;
/** Share of frontline time taken by appeal casework per appeal per 100 decisions (assumption). */
const APPEAL_TIME_WEIGHT = 0.1;
/** Core-task share at which the improvement hazards of parameters/world.ts hold (assumption, ≈ 0.7). */
export const REFERENCE_CORE_TASK_SHARE = 0.7;

export function stepStaffTime(w: World, offers: number, appealsPerDecision: number): void {
  const documentation = w.assumptions.documentationShare * (1 - w.policy.documentationReduction);
  const visitsPerOffer = offers > 0 ? w.supervisionVisits / offers : 1;
  const supervision = SUPERVISION_TIME_PER_VISIT * visitsPerOffer * (w.policy.binaryScore ? 0.6 : 1);
  const casework = APPEAL_TIME_WEIGHT * appealsPerDecision;
  const other = 0.1; // travel, meetings, training (assumption)
  w.coreTaskShare = Math.max(0.3, 1 - documentation - supervision - casework - other);
  w.coreTaskMultiplier = Math.pow(w.coreTaskShare / REFERENCE_CORE_TASK_SHARE, w.assumptions.coreTaskQualityElasticity);
}
