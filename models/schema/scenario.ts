/**
 * Scenario files (scenarios/*.json): the single source of truth for what a run simulates.
 * Validated once at the boundary (CLI file load, URL decode, UI form), never in the hot loop.
 *
 * Version 2 adds `levers` (lever id → setting and start year, checked against levers/registry.ts),
 * which compile into `policyChanges` (levers/compile.ts); explicit `policyChanges` stay for expert
 * use and apply after the levers' changes of the same year. Version 1 files (version 2 without
 * levers) are upgraded on reading (`migrateScenario`).
 */
import { z } from 'zod';
import { policySchema } from '../parameters/policy';
import { ASSUMPTIONS, ASSUMPTION_KEYS, type AssumptionKey } from '../parameters/assumptions';
import { FIRST_YEAR, LAST_YEAR } from '../parameters/world';
import { LEVER_IDS, leverById } from '../levers/registry';
import { compileLevers } from '../levers/compile';

export const SCENARIO_SCHEMA_VERSION = 2;
/** Versions a file may declare; older ones are upgraded to the current one on reading. */
export const SUPPORTED_SCHEMA_VERSIONS = [1, 2] as const;

export type Migration = { ok: true; raw: unknown } | { ok: false; problems: string[] };

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

interface VersionProblem {
  path: string;
  message: string;
}

/** Why a raw object's schema version cannot be read as the current one (null if it can, after upgrading). */
function versionProblem(raw: Record<string, unknown>): VersionProblem | null {
  const version = raw.schemaVersion;
  if (version === SCENARIO_SCHEMA_VERSION) return null;
  if (version === 1) return 'levers' in raw ? { path: 'levers', message: 'needs schemaVersion 2 (version 1 files have no levers)' } : null;
  const shown = version === undefined ? 'missing' : `${JSON.stringify(version)} is not supported`;
  const supported = `supported versions: ${SUPPORTED_SCHEMA_VERSIONS.join(', ')} (version 1 files are upgraded to ${SCENARIO_SCHEMA_VERSION})`;
  return { path: 'schemaVersion', message: `${shown}; ${supported}` };
}

/** The raw file upgraded to the current version, or why it cannot be (anything not an object passes through). */
function upgrade(raw: unknown): { ok: true; raw: unknown } | { ok: false; problem: VersionProblem } {
  if (!isRecord(raw)) return { ok: true, raw };
  const problem = versionProblem(raw);
  if (problem) return { ok: false, problem };
  return { ok: true, raw: raw.schemaVersion === SCENARIO_SCHEMA_VERSION ? raw : { ...raw, schemaVersion: SCENARIO_SCHEMA_VERSION } };
}

/**
 * Upgrade a raw scenario file to the current schema version: version 1 is version 2 without
 * levers. Other versions are refused in one line naming the supported ones. Anything that is not
 * an object is passed on for the schema to describe.
 */
export function migrateScenario(raw: unknown): Migration {
  const upgraded = upgrade(raw);
  return upgraded.ok ? upgraded : { ok: false, problems: [`${upgraded.problem.path}: ${upgraded.problem.message}`] };
}

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
  fromLevers: z
    .array(z.string())
    .optional()
    .describe('Set by compiling `levers`: the levers this change combines. Such changes are rebuilt from `levers` whenever the scenario is read.'),
});

/** Lever choices, checked against the registry: each problem is one line naming the path and what is allowed. */
const leverChoicesSchema = z
  .record(z.string(), z.strictObject({ setting: z.string(), startYear: z.int().optional() }))
  .superRefine((choices, ctx) => {
    for (const [id, choice] of Object.entries(choices)) {
      const lever = leverById(id);
      if (!lever) {
        ctx.addIssue({ code: 'custom', path: [id], message: `unknown lever; allowed: ${LEVER_IDS.join(', ')}` });
        continue;
      }
      if (!lever.settings.some((s) => s.id === choice.setting)) {
        const allowed = lever.settings.map((s) => s.id).join(', ');
        ctx.addIssue({ code: 'custom', path: [id, 'setting'], message: `unknown setting ${JSON.stringify(choice.setting)} of lever ${id}; allowed: ${allowed}` });
      }
      const year = choice.startYear;
      if (year !== undefined && (year < FIRST_YEAR || year > LAST_YEAR)) {
        ctx.addIssue({ code: 'custom', path: [id, 'startYear'], message: `${year} is outside the simulated years; allowed: ${FIRST_YEAR}–${LAST_YEAR}` });
      }
    }
  });

const scenarioV2Schema = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lower-case letters, digits, - and _ (1–64 characters)'),
    title: z.string().min(1).max(200),
    description: z.string().max(5000).default(''),
    seed: z.int().min(0).max(2 ** 31 - 1).default(1),
    runs: z.int().min(1).max(1000).default(8),
    horizon: z.strictObject({ endYear: z.int().min(FIRST_YEAR + 1).max(LAST_YEAR).default(LAST_YEAR) }).default({ endYear: LAST_YEAR }),
    /** Levers switched on: lever id → setting (and start year; default the lever's). */
    levers: leverChoicesSchema.default({}),
    /** Explicit policy changes (expert use); after parsing, also the levers' compiled changes. */
    policyChanges: z.array(policyChangeSchema).max(200).default([]),
    /** Assumption values fixed for every replication (within their documented ranges). */
    assumptions: assumptionOverrides.default({}),
    /** Fix every unfixed assumption at its central value instead of drawing it per replication. */
    centralAssumptions: z.boolean().default(false),
  })
  .transform((scenario) => ({
    ...scenario,
    // The engine reads only policyChanges: the levers' changes first, explicit ones after (they win within a year).
    policyChanges: [...compileLevers(scenario.levers), ...scenario.policyChanges.filter((change) => !change.fromLevers)],
  }));

/** The scenario schema: upgrades older versions (migrateScenario), validates, and compiles levers into policyChanges. */
export const scenarioSchema = z.preprocess((raw, ctx) => {
  const upgraded = upgrade(raw);
  if (upgraded.ok) return upgraded.raw;
  // An issue here stops parsing: a file of another version gets this one line, not a list of mismatches.
  ctx.addIssue({ code: 'custom', path: [upgraded.problem.path], message: upgraded.problem.message });
  return raw;
}, scenarioV2Schema);

export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario file of the current version as written (defaults may be left out). */
export type ScenarioInput = z.input<typeof scenarioV2Schema>;

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
