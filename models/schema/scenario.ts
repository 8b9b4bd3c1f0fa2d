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
import { englishMessage, pathText, raise, scenarioIssues, type EngineProblem, type ScenarioIssue } from './problems';

export const SCENARIO_SCHEMA_VERSION = 2;
/** Versions a file may declare; older ones are upgraded to the current one on reading. */
export const SUPPORTED_SCHEMA_VERSIONS = [1, 2] as const;

/** A refused file: one English line per problem (what the CLI prints), and the problems as data. */
export interface Refusal {
  ok: false;
  problems: string[];
  issues: ScenarioIssue[];
}

export type Migration = { ok: true; raw: unknown } | Refusal;

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

interface VersionProblem {
  path: string;
  problem: EngineProblem;
}

/** Why a raw object's schema version cannot be read as the current one (null if it can, after upgrading). */
function versionProblem(raw: Record<string, unknown>): VersionProblem | null {
  const version = raw.schemaVersion;
  if (version === SCENARIO_SCHEMA_VERSION) return null;
  if (version === 1) return 'levers' in raw ? { path: 'levers', problem: { code: 'levers_need_version', version: SCENARIO_SCHEMA_VERSION } } : null;
  const found = version === undefined ? null : (JSON.stringify(version) ?? String(version));
  return {
    path: 'schemaVersion',
    problem: { code: 'unsupported_version', found, supported: [...SUPPORTED_SCHEMA_VERSIONS], current: SCENARIO_SCHEMA_VERSION },
  };
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
  if (upgraded.ok) return upgraded;
  const { path, problem } = upgraded.problem;
  const issue: ScenarioIssue = { path: [path], line: `${pathText([path])}: ${englishMessage(problem)}`, problem };
  return { ok: false, problems: [issue.line], issues: [issue] };
}

const assumptionOverrides = z
  .record(z.string(), z.number())
  .superRefine((overrides, ctx) => {
    for (const [key, value] of Object.entries(overrides)) {
      if (!(ASSUMPTION_KEYS as string[]).includes(key)) {
        ctx.addIssue({ code: 'custom', path: [key], ...raise({ code: 'unknown_assumption', allowed: [...ASSUMPTION_KEYS] }) });
        continue;
      }
      const { low, high } = ASSUMPTIONS[key as AssumptionKey];
      if (!(value >= low && value <= high)) {
        ctx.addIssue({ code: 'custom', path: [key], ...raise({ code: 'assumption_outside_range', value, low, high }) });
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
        ctx.addIssue({ code: 'custom', path: [id], ...raise({ code: 'unknown_lever', allowed: [...LEVER_IDS] }) });
        continue;
      }
      if (!lever.settings.some((s) => s.id === choice.setting)) {
        const allowed = lever.settings.map((s) => s.id);
        ctx.addIssue({ code: 'custom', path: [id, 'setting'], ...raise({ code: 'unknown_setting', lever: id, setting: choice.setting, allowed }) });
      }
      const year = choice.startYear;
      if (year !== undefined && (year < FIRST_YEAR || year > LAST_YEAR)) {
        ctx.addIssue({ code: 'custom', path: [id, 'startYear'], ...raise({ code: 'start_year_outside', year, first: FIRST_YEAR, last: LAST_YEAR }) });
      }
    }
  });

const scenarioV2Schema = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id: z.string().refine((id) => /^[a-z0-9][a-z0-9_-]{0,63}$/.test(id), raise({ code: 'scenario_id' })),
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
  ctx.addIssue({ code: 'custom', path: [upgraded.problem.path], ...raise(upgraded.problem.problem) });
  return raw;
}, scenarioV2Schema);

export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario file of the current version as written (defaults may be left out). */
export type ScenarioInput = z.input<typeof scenarioV2Schema>;

/** One line per problem: `path: message`, the format the CLI prints. */
export function formatIssues(error: z.ZodError): string[] {
  return scenarioIssues(error).map((issue) => issue.line);
}

/**
 * Validate and compile a scenario file. A refused one comes with one English line per problem (the
 * CLI prints them) and the same problems as data (`issues`, for an interface in another language).
 */
export function parseScenario(raw: unknown): { ok: true; scenario: Scenario } | Refusal {
  // reportInput: an issue keeps the value it is about, so a wrong type can be named in any language.
  const result = scenarioSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, scenario: result.data };
  const issues = scenarioIssues(result.error);
  return { ok: false, problems: issues.map((issue) => issue.line), issues };
}
