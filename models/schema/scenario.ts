/**
 * Scenario files (scenarios/*.json): the single source of truth for what a run simulates.
 * Validated once at the boundary (CLI file load, URL decode, UI form), never in the hot loop.
 */
import { z } from 'zod';
import { policySchema } from '../parameters/policy';
import { ASSUMPTIONS, ASSUMPTION_KEYS, type AssumptionKey } from '../parameters/assumptions';
import { FIRST_YEAR, LAST_YEAR } from '../parameters/world';

export const SCENARIO_SCHEMA_VERSION = 1;

const assumptionOverrides = z
  .record(z.string(), z.number())
  .superRefine((overrides, ctx) => {
    for (const [key, value] of Object.entries(overrides)) {
      if (!(ASSUMPTION_KEYS as string[]).includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `unknown assumption; allowed: ${ASSUMPTION_KEYS.join(', ')}` });
        continue;
      }
      const { low, high } = ASSUMPTIONS[key as AssumptionKey];
      if (!(value >= low && value <= high)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${value} is outside the documented range [${low}, ${high}]` });
      }
    }
  })
  .transform((overrides) => overrides as Partial<Record<AssumptionKey, number>>);

/**
 * A policy change names only the knobs it changes: the knobs' defaults are removed (zod's
 * `.partial()` would keep them and silently reset every unnamed knob to its default).
 */
const policyChangeKnobs = z.strictObject(
  Object.fromEntries(
    Object.entries(policySchema.shape).map(([key, knob]) => [key, (knob instanceof z.ZodDefault ? knob.unwrap() : knob).optional()]),
  ) as unknown as { [K in keyof typeof policySchema.shape]: z.ZodOptional<z.ZodType<z.output<(typeof policySchema.shape)[K]>>> },
);

export const policyChangeSchema = z.strictObject({
  year: z.int().min(FIRST_YEAR).max(LAST_YEAR).describe('First calendar year (from January) in which the change applies.'),
  policy: policyChangeKnobs,
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, - and _ (1–64 characters)'),
  title: z.string().min(1).max(200),
  description: z.string().max(5000).default(''),
  seed: z.int().min(0).max(2 ** 31 - 1).default(1),
  runs: z.int().min(1).max(1000).default(8),
  horizon: z.strictObject({ endYear: z.int().min(FIRST_YEAR + 1).max(LAST_YEAR).default(LAST_YEAR) }).default({ endYear: LAST_YEAR }),
  policyChanges: z.array(policyChangeSchema).max(200).default([]),
  /** Assumption values fixed for every replication (within their documented ranges). */
  assumptions: assumptionOverrides.default({}),
  /** Fix every unfixed assumption at its central value instead of drawing it per replication. */
  centralAssumptions: z.boolean().default(false),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** One line per problem: `path: message`, the format the CLI prints. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') return `${path}: unknown key(s) ${issue.keys.join(', ')} (not part of the scenario schema)`;
    return `${path}: ${issue.message}`;
  });
}

export function parseScenario(raw: unknown): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  const result = scenarioSchema.safeParse(raw);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, problems: formatIssues(result.error) };
}
