/**
 * Results files: the JSON document whose shape model.md §Outputs fixes (other tools rely on it),
 * its long CSV form, and writing either atomically. Shared by the CLI commands that produce or
 * read results (simulate, compare, attribute, sensitivity).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { csvFormat } from 'd3-dsv';
import {
  MODEL_NAME,
  MODEL_VERSION,
  MUNICIPAL_INDICATORS,
  NATIONAL_INDICATORS,
  summarise,
  type ReplicationResult,
  type Summary,
} from '../../models/index';

/** National indicator keys model.md §Outputs requires in every results file (the engine may add more). */
export const REQUIRED_NATIONAL_INDICATORS = [
  'spend_total', 'spend_adults', 'spend_children',
  'spend_residential', 'spend_crisis_centres', 'spend_supervision',
  'spend_state_refunds', 'spend_municipal_net',
  'recipients_total', 'recipients_adults', 'recipients_children',
  'residents_residential', 'residents_botilbudslignende',
  'places_107', 'places_108', 'places_botilbudslignende', 'places_total', 'places_public',
  'unit_cost_residential', 'private_share_residential',
  'cost_over_2m_count', 'cost_over_2m_share_residential',
  'municipal_spread_residential',
  'crisis_stays', 'crisis_avg_stay_days',
  'wait_months_residential', 'match_share', 'progression_share', 'qol_mean', 'core_task_share', 'appeals',
] as const;

/** Per-municipality indicator keys model.md §Outputs requires (marked (m) there). */
export const REQUIRED_MUNICIPAL_INDICATORS = ['spend_residential_per_adult', 'spend_per_capita', 'wait_months_residential'] as const;

/** A yearly value; null where the engine has none (e.g. a mean waiting time in a year without placements). */
export type Value = number | null;

export interface ResultsDocument {
  model: { name: string; version: string };
  /** The scenario's id. */
  scenario: string;
  seed: number;
  runs: number;
  /** Sampling fraction in (0, 1]; 1 is full scale. Values are scaled back to full size. */
  sample: number;
  years: number[];
  indicators: Record<string, { unit: string; mean: Value[]; p5: Value[]; p50: Value[]; p95: Value[] }>;
  /** Per municipality, the mean over replications of each municipal indicator. */
  municipalities: { code: string; name: string; indicators: Record<string, Value[]> }[];
}

/** Summaries over replications with each indicator's unit (national units win where a key is in both lists). */
export function summariseResults(results: ReplicationResult[]): Summary {
  if (results.length === 0) throw new Error('no replications to summarise');
  return summarise(results, { ...MUNICIPAL_INDICATORS, ...NATIONAL_INDICATORS });
}

/** Required indicators absent from a summary, as `indicators.key` / `municipalities[code].indicators.key`. */
export function missingIndicators(summary: Summary): string[] {
  const missing: string[] = [];
  for (const key of REQUIRED_NATIONAL_INDICATORS) {
    if (!(key in summary.indicators)) missing.push(`indicators.${key}`);
  }
  for (const m of summary.municipalities) {
    for (const key of REQUIRED_MUNICIPAL_INDICATORS) {
      if (!(key in m.indicators)) missing.push(`municipalities[${m.code}].indicators.${key}`);
    }
  }
  if (summary.municipalities.length === 0) missing.push('municipalities (none)');
  return missing;
}

/** Indicator-years whose value is null in every statistic, e.g. `municipal_spread_residential 2018`. */
export function nullIndicatorYears(doc: ResultsDocument): string[] {
  const out: string[] = [];
  for (const [key, s] of Object.entries(doc.indicators)) {
    doc.years.forEach((year, y) => {
      if (s.mean[y] === null) out.push(`${key} ${year}`);
    });
  }
  return out;
}

const finite = (x: number): Value => (Number.isFinite(x) ? x : null);

export interface ResultsMeta {
  scenario: string;
  seed: number;
  runs: number;
  sample: number;
}

/** The model.md §Outputs document; every non-finite value (NaN, ±Infinity) becomes null. */
export function resultsDocument(meta: ResultsMeta, summary: Summary): ResultsDocument {
  const indicators: ResultsDocument['indicators'] = {};
  for (const [key, s] of Object.entries(summary.indicators)) {
    indicators[key] = { unit: s.unit, mean: s.mean.map(finite), p5: s.p5.map(finite), p50: s.p50.map(finite), p95: s.p95.map(finite) };
  }
  return {
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    scenario: meta.scenario,
    seed: meta.seed,
    runs: meta.runs,
    sample: meta.sample,
    years: [...summary.years],
    indicators,
    municipalities: summary.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      indicators: Object.fromEntries(Object.entries(m.indicators).map(([key, values]) => [key, values.map(finite)])),
    })),
  };
}

/**
 * JSON text, indented by two spaces with each array of numbers on one line (a readable diff per
 * indicator, a tenth of the lines of JSON.stringify's indentation). Non-finite numbers are written
 * as null. The same document always gives the same bytes.
 */
export function formatResultsJson(doc: ResultsDocument): string {
  return formatJsonText(doc);
}

/** Any plain JSON value in the layout of {@link formatResultsJson} (used for comparison, attribution and sensitivity files too). */
export function formatJsonText(value: unknown): string {
  return `${formatJson(value, '')}\n`;
}

function formatJson(value: unknown, indent: string): string {
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => formatJson(v, inner)).join(', ')}]`;
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** Columns of the long CSV form, one row per value. */
export const CSV_COLUMNS = [
  'scenario', 'seed', 'level', 'municipality_code', 'municipality_name', 'indicator', 'unit', 'year', 'statistic', 'value',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/**
 * The long CSV form: national rows (level `national`, statistics mean, p5, p50, p95) then
 * municipal rows (level `municipal`, statistic mean: the mean over replications). A null value is
 * an empty field.
 */
export function formatResultsCsv(doc: ResultsDocument): string {
  const rows: CsvRow[] = [];
  const base = { scenario: doc.scenario, seed: doc.seed };
  for (const [indicator, s] of Object.entries(doc.indicators)) {
    doc.years.forEach((year, y) => {
      for (const statistic of ['mean', 'p5', 'p50', 'p95'] as const) {
        rows.push({ ...base, level: 'national', municipality_code: '', municipality_name: '', indicator, unit: s.unit, year, statistic, value: s[statistic][y] ?? null });
      }
    });
  }
  const municipalUnits: Record<string, string> = MUNICIPAL_INDICATORS;
  for (const m of doc.municipalities) {
    for (const [indicator, values] of Object.entries(m.indicators)) {
      doc.years.forEach((year, y) => {
        rows.push({ ...base, level: 'municipal', municipality_code: m.code, municipality_name: m.name, indicator, unit: municipalUnits[indicator] ?? '', year, statistic: 'mean', value: values[y] ?? null });
      });
    }
  }
  return `${csvFormat(rows, [...CSV_COLUMNS])}\n`;
}

export type ResultsFormat = 'json' | 'csv';
export const RESULTS_FORMATS: readonly ResultsFormat[] = ['json', 'csv'];

export function formatResults(doc: ResultsDocument, format: ResultsFormat): string {
  return format === 'csv' ? formatResultsCsv(doc) : formatResultsJson(doc);
}

/**
 * Write a file so that readers see either the old file or the complete new one, never a part:
 * write a temporary file beside it, flush it to disk, then rename it over the target.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeFileSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
