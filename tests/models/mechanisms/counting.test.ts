import { describe, expect, it } from 'vitest';
import { countArea, countAtYearStart } from '../../../models/mechanisms/counting';
import { transition } from '../../../models/mechanisms/children';
import { Counted } from '../../../models/state/citizens';
import { unitCostScale } from '../../../models/mechanisms/costScales';
import { Group, Service } from '../../../models/state/codes';
import { YearAccumulator } from '../../../models/results/accumulator';
import { smallWorld } from '../helpers';

describe('counting persons once a year', () => {
  it('counts a citizen once per area however often it is asked', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    const c = world.citizens;
    c.group[0] = Group.adultAutism;
    c.countedThisYear[0] = 0;
    countArea(world, 0);
    countArea(world, 0);
    expect(world.acc.personsAdultArea).toBe(1);
    // Moving from youth to adult services during the year counts in both areas.
    c.group[1] = Group.youthAftercare;
    c.countedThisYear[1] = 0;
    countArea(world, 1);
    c.group[1] = Group.adultPsychosocial;
    countArea(world, 1);
    expect([world.acc.personsChildArea, world.acc.personsAdultArea]).toEqual([1, 2]);
  });

  it('counts residents, BPA users and crisis-centre women at the start of the year', () => {
    const { world } = smallWorld();
    world.acc = new YearAccumulator(world.municipalities.count);
    const c = world.citizens;
    c.countedThisYear.fill(0, 0, 3); // the January pass clears the year's marks first
    c.group[0] = Group.adultCognitive;
    c.service[0] = Service.botilbudLike;
    countAtYearStart(world, 0);
    c.group[1] = Group.adultPhysical;
    c.service[1] = Service.bpa;
    countAtYearStart(world, 1);
    c.group[2] = Group.adultViolence;
    c.service[2] = Service.crisisCentre;
    countAtYearStart(world, 2);
    expect(world.acc.personsResidential).toBe(1);
    expect(world.acc.personsBotilbudLike).toBe(1);
    expect(world.acc.bpaPersons).toBe(1);
    expect(world.acc.crisisWomen).toBe(1);
    expect(world.acc.crisisStays).toBe(1);
    expect(world.acc.personsAdultArea).toBe(3);
  });
});

describe('unit-cost scales', () => {
  it('apply the calibrated scale of each area', () => {
    const { world } = smallWorld();
    const cal = world.calibration;
    expect(unitCostScale(world, Service.crisisCentre)).toBe(cal.crisisTariffScale);
    expect(unitCostScale(world, Service.placementFoster)).toBe(cal.childUnitCostScale);
    expect(unitCostScale(world, Service.residential108)).toBe(cal.residentialUnitCostScale);
    expect(unitCostScale(world, Service.homeSupport)).toBe(cal.adultUnitCostScale);
  });

  it('counts a young person who moves to adult help in January once, in the adult area only', () => {
    // The January pass clears the year's marks, runs the transition (which counts the new area), then
    // counts everyone not yet counted: the transition's count must not be repeated.
    const { world } = smallWorld();
    world.month = 24;
    world.year = 2020;
    world.acc = new YearAccumulator(world.municipalities.count);
    const c = world.citizens;
    const i = Array.from({ length: c.count }, (_, k) => k).find((k) => c.group[k] === Group.childDisability)!;
    expect(i).toBeGreaterThanOrEqual(0);
    c.functioning[i] = 30; // need level 4: a disabled child moves to an adult disability group at 18
    c.age[i] = 18;
    c.countedThisYear[i] = 0;
    expect(transition(world, i)).toBe(true);
    expect(c.group[i]).not.toBe(Group.childDisability);
    countAtYearStart(world, i);
    expect([world.acc.personsChildArea, world.acc.personsAdultArea]).toEqual([0, 1]);
    expect(c.countedThisYear[i] & Counted.adultArea).toBeTruthy();
  });
});
