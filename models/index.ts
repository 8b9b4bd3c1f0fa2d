/** The engine's public surface (CLI scripts, tests and the web worker import only this). */
export type { ReplicationResult } from './contract';
export { runReplication, resolveAssumptions, policyTimeline, replicationSeed, type RunOptions } from './simulate';
export { parseMunicipalities, type Municipality } from './data/municipalities';
export { scenarioSchema, parseScenario, formatIssues, SCENARIO_SCHEMA_VERSION, type Scenario, type ScenarioInput } from './schema/scenario';
export { NATIONAL_INDICATORS, MUNICIPAL_INDICATORS } from './results/indicators';
export { summarise, type Summary } from './results/summarise';
export { MODEL_NAME, MODEL_VERSION } from './version';
