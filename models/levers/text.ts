/**
 * The registry's prose in the reader's language. The registry (registry.ts) and the assumptions
 * (parameters/assumptions.ts) hold their explanatory text in English, next to the numbers; the
 * Danish text lives in text-da.ts (the assumptions' in text-da-assumptions.ts), keyed the same way,
 * so a lever's numbers stay in one place. A Danish text that is missing falls back to the English
 * one (tests/models/levers/text-da.test.ts lists what is missing or stale and checks that every
 * Danish text keeps the English numbers, so the fallback is a safety net, not a habit).
 */
import type { Lever, ClaimedEffect } from './types';
import { ASSUMPTIONS, type AssumptionKey } from '../parameters/assumptions';
import { LEVER_TEXT_DA, ASSUMPTION_TEXT_DA } from './text-da';

export type TextLocale = 'da' | 'en';

/** The Danish prose of one lever (every field optional: English is the fallback). */
export interface LeverTextDa {
  proposal?: string;
  /** Setting id → the setting's one-sentence description. */
  settings?: Record<string, string>;
  /** Assumption key → why it sets this lever's strength. */
  reasoning?: Record<string, string>;
  claims?: { spending?: string; quality?: string };
  modelNote?: string;
}

/** The Danish prose of one assumption. */
export interface AssumptionTextDa {
  unit?: string;
  why?: string;
}

/** A lever's explanatory text in one language. */
export interface LeverText {
  proposal: string;
  settingDescription(settingId: string): string;
  reasoning(key: AssumptionKey): string;
  claimNote(kind: keyof Lever['claims']): string;
  modelNote: string | undefined;
}

export function leverText(lever: Lever, locale: TextLocale): LeverText {
  const da = locale === 'da' ? LEVER_TEXT_DA[lever.id] : undefined;
  const claim = (kind: keyof Lever['claims']): ClaimedEffect => lever.claims[kind];
  return {
    proposal: da?.proposal ?? lever.proposal,
    settingDescription: (settingId) =>
      da?.settings?.[settingId] ?? lever.settings.find((s) => s.id === settingId)?.description ?? '',
    reasoning: (key) => da?.reasoning?.[key] ?? lever.strengthAssumptions.find((a) => a.key === key)?.reasoning ?? '',
    claimNote: (kind) => da?.claims?.[kind] ?? claim(kind).note,
    modelNote: lever.modelNote === undefined ? undefined : (da?.modelNote ?? lever.modelNote),
  };
}

/** An assumption's unit and reasoning in one language. */
export function assumptionText(key: AssumptionKey, locale: TextLocale): { unit: string; why: string } {
  const en = ASSUMPTIONS[key];
  const da = locale === 'da' ? ASSUMPTION_TEXT_DA[key] : undefined;
  return { unit: da?.unit ?? en.unit, why: da?.why ?? en.why };
}
