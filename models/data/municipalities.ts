/**
 * The 98 municipalities from ../shared/data/dk_kommuner.json (DST FOLK1A 1 Jan 2020 populations,
 * DAGI/DST codes and regions; see shared/data/README.md). The engine receives the parsed rows;
 * Node reads the file (scripts/lib/shared-data.ts), the browser bundles it at build time.
 */
import { z } from 'zod';

const rowSchema = z.object({
  kode: z.string().regex(/^\d{3}$/),
  navn: z.string().min(1),
  regionskode: z.coerce.number().int().min(1081).max(1085),
  region: z.string().min(1),
  befolkning_2020K1: z.number().int().positive(),
  areal_km2: z.number().positive(),
});

export interface Municipality {
  code: string;
  name: string;
  /** Region index 0…4 in REGION_CODES order. */
  region: number;
  regionName: string;
  population2020: number;
  areaKm2: number;
}

/** DAGI region codes 1081 Nordjylland … 1085 Sjælland. */
export const REGION_CODES = [1081, 1082, 1083, 1084, 1085] as const;
export const REGION_COUNT = REGION_CODES.length;

export function parseMunicipalities(rows: unknown): Municipality[] {
  const parsed = z.array(rowSchema).min(1).max(255).parse(rows);
  return parsed.map((r) => ({
    code: r.kode,
    name: r.navn,
    region: REGION_CODES.indexOf(r.regionskode as (typeof REGION_CODES)[number]),
    regionName: r.region,
    population2020: r.befolkning_2020K1,
    areaKm2: r.areal_km2,
  }));
}
