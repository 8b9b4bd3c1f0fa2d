/** The engine's public surface (CLI scripts, tests and the web worker import only this). */
export type { ReplicationResult } from './contract';
export { runReplication, replicationSteps, resolveAssumptions, policyTimeline, replicationSeed, type RunOptions } from './simulate';
export { CheckpointStore } from './checkpoint';
export { parseMunicipalities, type Municipality } from './data/municipalities';
export {
  scenarioSchema, parseScenario, migrateScenario, formatIssues, SCENARIO_SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS,
  type Scenario, type ScenarioInput, type Migration,
} from './schema/scenario';
export { pathText, type EngineProblem, type ScenarioIssue, type ScenarioProblem, type ZodProblem } from './schema/problems';
export { LEVERS, LEVER_IDS, leverById } from './levers/registry';
export { compileLevers, combineLeverPolicies, KNOB_COMBINATION, type LeverChoices, type CompiledPolicyChange, type Combination } from './levers/compile';
export { leverText, assumptionText, type LeverText, type TextLocale } from './levers/text';
export type { Lever, LeverSetting, LeverGroup, Bilingual, ClaimedEffect, EffectDirection } from './levers/types';
export { ASSUMPTIONS, ASSUMPTION_KEYS, type Assumption, type AssumptionKey } from './parameters/assumptions';
export { NATIONAL_INDICATORS, MUNICIPAL_INDICATORS } from './results/indicators';
export { summarise, type Summary } from './results/summarise';
export { MODEL_NAME, MODEL_VERSION } from './version';
