/**
 * Danish prose for the lever registry and the assumptions (see text.ts). Keyed by lever id and
 * assumption key; the numbers stay in registry.ts and parameters/assumptions.ts.
 */
import type { AssumptionKey } from '../parameters/assumptions';
import type { LeverTextDa, AssumptionTextDa } from './text';

export const LEVER_TEXT_DA: Readonly<Record<string, LeverTextDa>> = {};

export const ASSUMPTION_TEXT_DA: Readonly<Partial<Record<AssumptionKey, AssumptionTextDa>>> = {};
