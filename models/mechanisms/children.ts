/**
 * Children and youth (model.md mechanism 10; expert-report 3.1–3.4, I1–I5; barnets lov).
 *
 * Children 0–17 receive preventive measures in the home or are placed in foster families or
 * institutions (visitation.ts). Every January each citizen ages a year. At 18, young people who
 * were placed or had heavy needs are eligible for aftercare / youth support until 23 (I3–I5), and
 * about half take it up (I4: 8,100 of 16,400). Others leave, or move into adult services: children
 * with disabilities mostly into the adult disability groups, formerly placed youth with a risk of
 * later adult social needs (3.2: unemployment, addiction, homelessness). Support for the transition
 * (3.2) and flexible prevention (3.1) lower that risk: prevention that lowers later adult inflow.
 */
import { Attr, NO_SERVICE, needLevel, type Citizens } from '../state/citizens';
import { Group, Service, isChildGroup } from '../state/codes';
import { Purpose, uniform } from '../random/keyed';
import type { World } from '../state/world';
import { assess } from './visitation';
import { releasePlace, removeCitizen } from './exits';
import { countArea } from './counting';

/** Adult groups that formerly placed youth move into, with weights (assumption). */
const SOCIAL_ADULT_GROUPS = [Group.adultPsychosocial, Group.adultSubstance, Group.adultHomeless];
const SOCIAL_ADULT_WEIGHTS = [0.55, 0.3, 0.15];
const DISABILITY_ADULT_GROUPS = [Group.adultCognitive, Group.adultAutism, Group.adultPhysical];
const DISABILITY_ADULT_WEIGHTS = [0.45, 0.4, 0.15];

function pick(groups: readonly number[], weights: readonly number[], u: number): number {
  let cumulative = 0;
  for (let k = 0; k < groups.length; k++) {
    cumulative += weights[k];
    if (u < cumulative) return groups[k];
  }
  return groups[groups.length - 1];
}

/** A year older (age capped at 255); children in a placement are marked as formerly placed. Returns the new age, uncapped. */
function ageOneYear(c: Citizens, i: number): number {
  const age = c.age[i] + 1;
  c.age[i] = age < 255 ? age : 255;
  const s = c.service[i];
  if (s === Service.placementFoster || s === Service.placementResidential) c.attributes[i] |= Attr.formerlyPlaced;
  return age;
}

/** Does a citizen of this group leave children's or youth support at this age (18, or 23 after aftercare)? */
function reachesTransitionAge(group: number, age: number): boolean {
  return ((group === Group.childSocial || group === Group.childDisability) && age >= 18) || (group === Group.youthAftercare && age >= 23);
}

/** January: a year older, and the transition out of children's or youth support. False if the citizen left (row removed). */
export function ageAndTransition(w: World, i: number): boolean {
  const age = ageOneYear(w.citizens, i);
  if (!reachesTransitionAge(w.citizens.group[i], age)) return true; // most citizens are only a year older (no draw needed)
  return transition(w, i);
}

/** The transition at 18 (children) or 23 (aftercare), for a citizen who reached that age. False if the citizen left. */
export function transition(w: World, i: number): boolean {
  const c = w.citizens;
  const g = c.group[i];
  const turns18 = g === Group.childSocial || g === Group.childDisability;
  const u = uniform(w.seed, c.id[i], w.year, Purpose.transition);
  const need = needLevel(c.functioning[i]);
  const support = w.policy.transitionSupport;

  if (turns18) {
    const disability = g === Group.childDisability;
    if (disability && need >= 3) return moveToAdult(w, i, pick(DISABILITY_ADULT_GROUPS, DISABILITY_ADULT_WEIGHTS, u));
    const eligible = (c.attributes[i] & Attr.formerlyPlaced) !== 0 || need >= 3;
    if (eligible && u < w.assumptions.aftercareTakeUp) {
      // assess() frees the institution place when aftercare replaces it.
      c.setGroup(i, Group.youthAftercare);
      c.setWaitingFor(i, NO_SERVICE);
      countArea(w, i);
      assess(w, i, false);
      return true;
    }
    return leaveOrMoveToAdult(w, i, u, need, support);
  }
  return leaveOrMoveToAdult(w, i, u, need, support);
}

function leaveOrMoveToAdult(w: World, i: number, u: number, need: number, support: number): boolean {
  const c = w.citizens;
  const risk = w.assumptions.childToAdultTransition * (need >= 3 ? 1.5 : 0.6) * ((c.attributes[i] & Attr.formerlyPlaced) ? 1.3 : 0.7) * (1 - w.assumptions.transitionSupportEffect * support);
  const u2 = uniform(w.seed, c.id[i], w.year, Purpose.transition + 100);
  if (u2 < risk) return moveToAdult(w, i, pick(SOCIAL_ADULT_GROUPS, SOCIAL_ADULT_WEIGHTS, u));
  removeCitizen(w, i, false);
  return false;
}

/**
 * Screening of children at entry (3.4): a screened child's need is found and met earlier, so the
 * severity (100 − functioning, in functional points) at entry is cut by screeningSeverityCut. No
 * draw: the expected cut applies to every entrant, scaled by the share screened.
 */
export function applyEntryScreening(w: World, i: number): void {
  const cut = w.policy.entryScreening * w.assumptions.screeningSeverityCut;
  if (cut <= 0 || !isChildGroup(w.citizens.group[i])) return;
  const c = w.citizens;
  c.functioning[i] = Math.min(100, Math.round(100 - (100 - c.functioning[i]) * (1 - cut)));
}

function moveToAdult(w: World, i: number, group: number): boolean {
  const c = w.citizens;
  releasePlace(w, i);
  c.setGroup(i, group);
  c.setWaitingFor(i, NO_SERVICE);
  countArea(w, i);
  assess(w, i, true);
  return true;
}

/** Adult inflow multipliers by group from transition support (3.2: adult-service entry risk −5–15 %) and flexible prevention (3.1). */
export function adultInflowMultipliers(w: World, out: Float64Array): void {
  out.fill(1);
  const a = w.assumptions;
  const reduction = a.transitionSupportEffect * w.policy.transitionSupport + a.preventionFlexibilityEffect * w.policy.preventionFlexibility;
  for (const g of SOCIAL_ADULT_GROUPS) out[g] = 1 - reduction;
}
