/**
 * Counting persons who receive help during a year (expert-report C1–C8 count persons, not
 * year-end stocks): each citizen is counted once per year per area, when the year starts or when
 * they enter or change area during it.
 */
import { Counted } from '../state/citizens';
import { isChildGroup, isResidentialService, Service } from '../state/codes';
import type { World } from '../state/world';
import { countResident } from './placement';
import { countCrisisStay } from './selfReferral';

export function countArea(w: World, i: number): void {
  const c = w.citizens;
  if (isChildGroup(c.group[i])) {
    if (!(c.countedThisYear[i] & Counted.childArea)) {
      c.countedThisYear[i] |= Counted.childArea;
      w.acc.personsChildArea += 1;
    }
  } else if (!(c.countedThisYear[i] & Counted.adultArea)) {
    c.countedThisYear[i] |= Counted.adultArea;
    w.acc.personsAdultArea += 1;
  }
}

/**
 * January, after the year's marks were cleared (step.ts): everyone already receiving help counts for
 * the new year, once per indicator. A transition at 18 or 23 earlier in the same pass may already have
 * counted the citizen (in the new area, or as a BPA recipient after the new assessment); the counting
 * functions skip what is already marked.
 */
export function countAtYearStart(w: World, i: number): void {
  const c = w.citizens;
  countArea(w, i);
  const s = c.service[i];
  if (isResidentialService(s)) countResident(w, i);
  else if (s === Service.crisisCentre) countCrisisStay(w, i);
  else if (s === Service.bpa && !(c.countedThisYear[i] & Counted.bpa)) {
    c.countedThisYear[i] |= Counted.bpa;
    w.acc.bpaPersons += 1;
  }
}
