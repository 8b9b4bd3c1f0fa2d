/**
 * Knowledge and method diffusion (model.md mechanism 11; expert-report 5.1–5.3, 6.1, J1).
 *
 * Recovery-oriented rehabilitation and evidence-based methods spread between municipalities as a
 * Bass process: each year a municipality's adoption grows by (p + q · regional adoption) · (1 −
 * adoption), with innovation p 0.01–0.03 and imitation q 0.1–0.4 (5.3 lever). Adoption raises the
 * improvement hazard of the municipality's citizens (6.1: +10–30 % at full adoption), applied in needs.ts.
 * An outcomes fund (3.3, `outcomesFundShare`) makes proven methods pay for the municipality that
 * adopts them: innovation rises by the share passed on times `outcomesFundInnovationEffect`.
 */
import type { World } from '../state/world';

/** Adoption already reached in 2018 (assumption: early adopters of "Borgeren ved roret", 0.05–0.2). */
export const INITIAL_ADOPTION = 0.1;

export function stepKnowledge(w: World): void {
  const mun = w.municipalities;
  const outcomesFund = 1 + w.policy.outcomesFundShare * w.assumptions.outcomesFundInnovationEffect;
  const innovation = w.assumptions.methodInnovation * (1 + w.policy.diffusionBoost) * (1 + w.policy.recoveryAdoptionBoost) * outcomesFund;
  // A national push for recovery-oriented rehabilitation (6.1: strategy, organisation, competence building) speeds both.
  const imitation = w.assumptions.methodImitation * (1 + w.policy.diffusionBoost) * (1 + w.policy.recoveryAdoptionBoost);
  const regionalSum = new Float64Array(w.regionCount);
  const regionalCount = new Float64Array(w.regionCount);
  for (let m = 0; m < mun.count; m++) {
    regionalSum[mun.info[m].region] += mun.methodAdoption[m];
    regionalCount[mun.info[m].region] += 1;
  }
  for (let m = 0; m < mun.count; m++) {
    const r = mun.info[m].region;
    const regional = regionalSum[r] / Math.max(1, regionalCount[r]);
    const a = mun.methodAdoption[m];
    mun.methodAdoption[m] = Math.min(1, a + (innovation + imitation * regional) * (1 - a));
  }
}
