import { describe, expect, it } from 'vitest';
import { Providers, UNLIMITED_PLACES } from '../../../models/state/providers';
import { Owner, Service, Specialisation } from '../../../models/state/codes';

const offer = {
  service: Service.residential108, owner: Owner.private, municipality: 3, region: 1, specialisation: Specialisation.specialised,
  places: 12, costBase: 900_000, latentQuality: 0.8, scoreChaser: true, openedYear: 2020,
};

describe('Providers (struct of arrays)', () => {
  it('opens a new offer empty, at its cost, with standards 1', () => {
    const p = new Providers(16);
    const q = p.add(offer);
    expect([p.open[q], p.places[q], p.occupied[q], p.standards[q], p.tariff[q], p.scoreChaser[q]]).toEqual([1, 12, 0, 1, 900_000, 1]);
    expect(p.monthlyTariff[q]).toBeCloseTo(75_000, 9);
    expect(p.vacancies(q)).toBe(12);
  });

  it('reports no vacancies for a closed offer', () => {
    const p = new Providers(16);
    const q = p.add(offer);
    p.occupied[q] = 4;
    expect(p.vacancies(q)).toBe(8);
    p.open[q] = 0;
    expect(p.vacancies(q)).toBe(0);
  });

  it('grows its storage and keeps existing rows', () => {
    const p = new Providers(16);
    for (let k = 0; k < 50; k++) p.add({ ...offer, places: k + 1 });
    expect(p.count).toBe(50);
    for (let k = 0; k < 50; k++) expect(p.places[k]).toBe(k + 1);
    expect(UNLIMITED_PLACES).toBeGreaterThan(1e8);
  });
});
