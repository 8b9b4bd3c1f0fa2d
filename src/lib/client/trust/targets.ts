/** The published 2018–2022 figures the baseline is checked against (models/parameters/targets.ts). */
export { TARGETS, type Target } from '../../../../models/parameters/targets';
