/**
 * Counter-based ("keyed") random numbers for common random numbers across scenarios.
 *
 * A draw is a pure function of (seed, key…): the same citizen in the same month for the same
 * purpose gets the same uniform in every scenario, whatever else the scenario changes. This is
 * what makes "scenario minus baseline at the same seed" show the policy and not the dice
 * (design/architecture.md §Determinism). The mixer is a 32-bit avalanche hash (the `lowbias32`
 * finaliser by C. Wellons, bias ≈ 0.17), applied to a running combination of the keys.
 */

const TWO_POW_MINUS_32 = 1 / 4294967296;

/**
 * Avalanche one 32-bit integer (lowbias32), as a signed 32-bit integer. The same 32 bits as `mix32`;
 * the signed form is what the draws pass between functions, because V8 (without pointer compression,
 * as in Node) keeps any int32 unboxed, while an unsigned value of 2^31 or more returned from a call
 * that is not inlined becomes a heap number (an allocation per draw).
 */
function mixSigned(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  return x ^ (x >>> 15);
}

/** Avalanche one 32-bit integer (lowbias32), unsigned. */
export function mix32(x: number): number {
  return mixSigned(x) >>> 0;
}

/** A uniform in [0, 1) from a 32-bit hash given in either signed or unsigned form. */
export function toUniform(hash: number): number {
  return (hash >>> 0) * TWO_POW_MINUS_32;
}

/**
 * Count of keyed draws outside the monthly loop (which reports its own), read by the benchmark to
 * size its floor loop. A plain counter: one add per draw.
 */
export const drawCount = { value: 0 };

/**
 * The first round of `hash4`, which depends on the seed alone, remembered for the last two seeds
 * (a run draws almost all keyed numbers from its seed and one derived seed): the same value, one
 * avalanche round fewer per draw.
 */
const seedRound = { seedA: 0, roundA: mixSigned(0 ^ 0x9e3779b9), seedB: 1, roundB: mixSigned(1 ^ 0x9e3779b9), replaceA: true };
function firstRound(seed: number): number {
  const r = seedRound;
  if (seed === r.seedA) return r.roundA;
  if (seed === r.seedB) return r.roundB;
  const round = mixSigned(seed ^ 0x9e3779b9);
  if (r.replaceA) { r.seedA = seed; r.roundA = round; } else { r.seedB = seed; r.roundB = round; }
  r.replaceA = !r.replaceA;
  return round;
}

/**
 * Hash of a seed and up to three integer keys, as a signed 32-bit integer (see `mixSigned`). With
 * `toUniform` it is `uniform` in two steps, for large callers in which V8 does not inline `uniform`
 * (33 bytes of bytecode, above its always-inline size): the double then stays in the caller.
 */
export function keyedHash(seed: number, a: number, b: number, c: number): number {
  drawCount.value += 1;
  let h = firstRound(seed);
  h = mixSigned(h ^ a);
  h = mixSigned((h + Math.imul(b, 0x85ebca6b)) | 0);
  return mixSigned((h + Math.imul(c, 0xc2b2ae35)) | 0);
}

/** Hash of a seed and up to three integer keys, as an unsigned 32-bit integer. */
export function hash4(seed: number, a: number, b: number, c: number): number {
  return keyedHash(seed, a, b, c) >>> 0;
}

/**
 * Uniform in [0, 1) from a seed and three integer keys. Where V8 inlines it, only the signed hash crosses
 * a call boundary; large hot callers write it as `toUniform(keyedHash(…))` (see `keyedHash`).
 */
export function uniform(seed: number, a: number, b: number, c: number): number {
  return toUniform(keyedHash(seed, a, b, c));
}

/**
 * The k-th uniform of a keyed stream whose base is `hash4(seed, …)`: one avalanche round per draw,
 * for entities that need several independent draws at once (an entrant's attributes). Not counted in
 * `drawCount`: callers add their number of stream draws in one step.
 */
export function streamUniform(base: number, k: number): number {
  return toUniform(mixSigned((base + Math.imul(k + 1, 0x9e3779b9)) | 0));
}

/** Poisson(mean) by inversion of one keyed uniform; exact for the small means used here (< 200). */
export function poissonFromUniform(mean: number, u: number): number {
  if (mean <= 0) return 0;
  if (mean > 200) {
    // Normal approximation with continuity correction; only reached by very large aggregates.
    const z = normalQuantile(u);
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  while (u > cdf && k < 1000) {
    k += 1;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

/** Coefficients of Acklam's rational approximation (module constants: not rebuilt per call). */
const ACKLAM_A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const ACKLAM_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155211639];
const ACKLAM_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** Standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const pc = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  const a = ACKLAM_A, b = ACKLAM_B, c = ACKLAM_C, d = ACKLAM_D;
  const plow = 0.02425;
  if (pc < plow) {
    const q = Math.sqrt(-2 * Math.log(pc));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (pc > 1 - plow) {
    const q = Math.sqrt(-2 * Math.log(1 - pc));
    return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const q = pc - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/**
 * Purposes keep keyed streams apart: the same (seed, key, month) drawn for two purposes gives
 * independent numbers. Append only — changing a value changes every result.
 */
export const Purpose = {
  citizenMonthly: 1,
  entryCount: 2,
  entryAttributes: 3,
  initialPopulation: 4,
  visitation: 5,
  appeal: 6,
  ruling: 7,
  rulingReach: 8,
  supervision: 9,
  market: 10,
  capacity: 11,
  municipalityTraits: 12,
  providerTraits: 13,
  assumptionDraw: 14,
  transition: 15,
  crisis: 16,
  escalation: 17,
  placementChoice: 18,
  offerConversion: 19,
} as const;

/** Pre-mixed seed for a purpose, for the cheap two-key draw used in the monthly loop. */
export function purposeSeed(seed: number, purpose: number): number {
  return mix32(seed ^ Math.imul(purpose, 0x27d4eb2f));
}

