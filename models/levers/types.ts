/**
 * The lever contract: every recommendation of the Expert Committee (final report ch. 2–6, first
 * report) and every instrument around them is a `Lever`. A lever acts on the engine only through
 * policy knobs (parameters/policy.ts): each named setting is a partial policy applied from the
 * lever's start year (compiled into the scenario's `policyChanges`). The strength of a lever whose
 * effect size the report does not give is an assumption (parameters/assumptions.ts) with a central
 * value and a range, drawn per replication like every other assumption.
 *
 * The registry (registry.ts) is the single source of truth for the lever panel (src/), the scenario
 * schema (schema/scenario.ts), `npm run levers` and docs/levers.md.
 */
import type { Policy } from '../parameters/policy';
import type { AssumptionKey } from '../parameters/assumptions';

/** Where the lever sits in the report (the app groups the lever panel by this). */
export type LeverGroup = 'ch2' | 'ch3' | 'ch4' | 'ch5' | 'ch6' | 'first_report' | 'instrument';

export interface Bilingual {
  da: string;
  en: string;
}

/** A named level of a lever, with the knob values behind it. The first setting of every lever is "off" (the baseline: `policy` is `{}`). */
export interface LeverSetting {
  /** Stable id used in scenario files: `off`, `proposed`, `strong`, `agreed_2024`, … */
  id: string;
  label: Bilingual;
  /** One plain sentence with the numbers behind the setting. */
  description: string;
  /** The knobs this setting sets (only the ones it changes). */
  policy: Partial<Policy>;
}

/** Direction of an effect on spending or on quality of help. */
export type EffectDirection = 'lower' | 'higher' | 'none' | 'mixed' | 'unclear';

export interface ClaimedEffect {
  direction: EffectDirection;
  /** R: the report claims it (cite the id); A: only assumed by this model. */
  basis: 'R' | 'A';
  note: string;
}

export interface Lever {
  /** `r2_1` … `r6_2`, `d1_1` … `d1_11`, or an instrument id such as `loan_pool`. */
  id: string;
  group: LeverGroup;
  title: Bilingual;
  /** One line for the lever panel. */
  summary: Bilingual;
  /** Domain-note ids: `2.3`, `B6`, `M003-4`, … */
  sources: string[];
  /** What was proposed, two or three plain English sentences. */
  proposal: string;
  /** Mechanism modules it acts through (file names under models/mechanisms/). */
  mechanisms: string[];
  /** Policy knobs it sets (must match the knobs named in its settings). */
  knobs: (keyof Policy)[];
  /** Settings, `off` first. */
  settings: LeverSetting[];
  /** The setting a user means by "adopt it" (usually `proposed`). */
  defaultSetting: string;
  defaultStartYear: number;
  /** Assumptions that set its strength (keys of parameters/assumptions.ts), with why they matter for this lever. */
  strengthAssumptions: { key: AssumptionKey; reasoning: string }[];
  /** What the report claims versus what is only assumed. */
  claims: { spending: ClaimedEffect; quality: ClaimedEffect };
  /**
   * A first-report recommendation carried into a final-report one (or into an instrument of the
   * agreements) shares its mechanism and knobs: the id it shares with. When both are on, that lever
   * governs the knobs both set (levers/compile.ts).
   */
  sharesMechanismWith?: string;
  /** Where the model's effect has the opposite sign from the report's claim, why (tested). */
  modelNote?: string;
}
