/**
 * Social supervision (model.md mechanism 7; expert-report H1–H8, B24–B26, 4.2, §4 drivers 4–5).
 *
 * The five supervisors visit each offer at least once a year (H2). A visit observes the offer's
 * latent quality with noise and scores it 1–5 (H4: average 4.4). Offers below the top score get
 * voluntary recommendations; 76 % comply (H7), which costs money, a quarter of it permanently (H6):
 * the offer's standards level rises, and with cost-based tariffs the buyers pay. 28 % of offers
 * change their operations to raise their score (H5), raising standards a little every year. The
 * supervisors' costs are financed through a fee in the tariffs (B26) and visits cost the offers
 * staff time (B25). Under a binary approved/not-approved model (4.2) there is nothing to chase and
 * recommendations become oral; with fewer visits scores are updated less often (sanctions and
 * closures for poor quality are not modelled yet). The binary model saves `binarySupervisionSaving`
 * of fees and visit costs (4.2: "significantly"). Standardised quality-of-life and progression
 * measures (6.2, `outcomeMeasurement`) make the observed score less noisy.
 */
import { isPlaceService } from '../state/codes';
import { SUPERVISION } from '../parameters/world';
import { UNLIMITED_PLACES } from '../state/providers';
import { Purpose, normalQuantile, uniform } from '../random/keyed';
import type { World } from '../state/world';

/** Probability that a visited offer below the top score gets recommendations (assumption, 0.6–0.9). */
const RECOMMENDATION_PROBABILITY = 0.8;
/** Quality gained from complying with recommendations or chasing a score (assumption, diminishing). */
const QUALITY_GAIN = 0.02;
/** Yearly drift of latent quality without supervision pressure (assumption: practice erodes slowly). */
const QUALITY_EROSION = 0.01;
/** Standard deviation of the score noise around 1 + 4 × latent quality (assumption). */
const SCORE_NOISE_SD = 0.35;

export function stepSupervision(w: World): void {
  const p = w.providers;
  const a = w.assumptions;
  const binary = w.policy.binaryScore;
  const visitsPerYear = w.policy.visitsPerYear;
  const saving = binary ? a.binarySupervisionSaving : 0;
  const noiseSd = SCORE_NOISE_SD * (1 - a.measurementNoiseCut * w.policy.outcomeMeasurement);
  let total = 0;
  let visitsMade = 0;
  for (let q = 0; q < p.count; q++) {
    if (!p.open[q] || p.places[q] >= UNLIMITED_PLACES || !isPlaceService(p.service[q])) continue;
    const annualCost = p.costBase[q] * p.standards[q] * p.places[q];
    const fee = SUPERVISION.feePerOffer * (1 - saving);
    let cost = fee;
    const uVisit = uniform(w.seed, q, w.year, Purpose.supervision);
    // Risk-based visiting: low scorers first when visits are rationed below one a year.
    const visitProbability = visitsPerYear >= 1 ? 1 : Math.min(1, visitsPerYear * (p.score[q] < 4 ? 2 : 0.8));
    const visited = uVisit < visitProbability;
    p.latentQuality[q] = Math.max(0, p.latentQuality[q] - QUALITY_EROSION);
    if (visited) {
      visitsMade += 1;
      cost += SUPERVISION.providerCostPerVisit * (1 - saving) * Math.max(1, visitsPerYear);
      const noise = noiseSd * normalQuantile(uniform(w.seed, q, w.year, Purpose.supervision + 100));
      const observed = 1 + 4 * p.latentQuality[q] + noise;
      p.score[q] = binary ? (observed >= 2.5 ? 5 : 1) : Math.max(1, Math.min(5, Math.round(observed)));
      if (!binary && p.score[q] < 5 && uniform(w.seed, q, w.year, Purpose.supervision + 200) < RECOMMENDATION_PROBABILITY) {
        if (uniform(w.seed, q, w.year, Purpose.supervision + 300) < SUPERVISION.complianceRate) {
          const oneOff = a.recommendationCostShare * annualCost;
          cost += oneOff * (1 - SUPERVISION.permanentShare);
          p.standards[q] *= 1 + a.recommendationCostShare * SUPERVISION.permanentShare;
          p.latentQuality[q] = Math.min(1, p.latentQuality[q] + QUALITY_GAIN);
        }
      }
    }
    if (!binary && p.scoreChaser[q]) {
      p.standards[q] *= 1 + a.scoreChasingDrift;
      p.latentQuality[q] = Math.min(1, p.latentQuality[q] + QUALITY_GAIN / 2);
    }
    // At a sample fraction offers keep their number but places shrink, so costs per offer scale with the sample.
    p.supervisionCostYear[q] = cost * w.sample;
    total += cost * w.sample;
  }
  // Offers that are not agents (day offers, treatment, foster-care approvals) pay the same fee and visits.
  const nonAgent = SUPERVISION.nonAgentOffers * w.sample * (SUPERVISION.feePerOffer + SUPERVISION.providerCostPerVisit) * (1 - saving);
  w.acc.supervisionCost += total + nonAgent;
  w.supervisionVisits = visitsMade;
}
