/**
 * `npm run bench`: the performance budget of design/model.md, measured in one process on one core.
 *
 *  1. One full-scale baseline replication 2018–2040 (the reference run), timed without start-up.
 *  2. The floor: a bare loop over the same population, month by month with the same live counts,
 *     drawing the same number of keyed random numbers with the same generator, and nothing else.
 *  3. State per citizen: bytes allocated for the citizen arrays divided by the live citizens.
 *  4. Where the reference run's time goes: the seconds of each phase of the month (step.ts).
 *
 * Prints a table, and as its last line JSON:
 * {"seconds_per_replication","citizen_months_per_second","ratio_to_floor","bytes_per_citizen"}.
 */
import { parseArgs } from 'node:util';
import { scenarioSchema } from '../models/index';
import { createReplicationWorld } from '../models/simulate';
import { PHASES, stepMonth, type Phase, type PhaseClock } from '../models/step';
import { drawCount, mix32 } from '../models/random/keyed';
import { MONTH_COUNT } from '../models/parameters/world';
import { loadMunicipalities } from './lib/shared-data';
import baselineFile from '../scenarios/baseline.json' with { type: 'json' };

const { values: args } = parseArgs({ options: { sample: { type: 'string', default: '1' }, warmup: { type: 'boolean', default: true } }, allowNegative: true, strict: true });
const sample = Number(args.sample);
const municipalities = loadMunicipalities();
const scenario = scenarioSchema.parse(baselineFile);

/** A stopwatch over the phases of each month: about ten clock reads a month, 0.1 ms in a whole run. */
class PhaseStopwatch implements PhaseClock {
  readonly seconds = new Map<Phase, number>(PHASES.map((phase) => [phase, 0]));
  private last = performance.now();
  restart(): void {
    this.last = performance.now();
  }
  lap(phase: Phase): void {
    const now = performance.now();
    this.seconds.set(phase, (this.seconds.get(phase) ?? 0) + (now - this.last) / 1000);
    this.last = now;
  }
}

function replication(): { seconds: number; citizenMonths: number; liveByMonth: Int32Array; draws: number; bytesPerCitizen: number; bytesPerRow: number; phases: PhaseStopwatch } {
  const { world, stepper } = createReplicationWorld({ scenario, municipalities, replication: 0, sample });
  const liveByMonth = new Int32Array(MONTH_COUNT);
  const phases = new PhaseStopwatch();
  drawCount.value = 0;
  let citizenMonths = 0;
  const started = performance.now();
  for (let m = 0; m < MONTH_COUNT; m++) {
    liveByMonth[m] = world.citizens.count;
    citizenMonths += world.citizens.count;
    phases.restart();
    stepMonth(stepper, phases);
  }
  const seconds = (performance.now() - started) / 1000;
  const c = world.citizens;
  return { seconds, citizenMonths, liveByMonth, draws: drawCount.value, bytesPerCitizen: c.allocatedBytes() / c.count, bytesPerRow: c.bytesPerRow(), phases };
}

/** The floor: the same live population each month, one keyed draw per row, plus the model's other draws. */
function floor(liveByMonth: Int32Array, draws: number): { seconds: number; checksum: number } {
  const mix = mix32;
  let rowDraws = 0;
  for (const n of liveByMonth) rowDraws += n;
  const extra = Math.max(0, draws - rowDraws);
  const ids = new Uint32Array(Math.max(...liveByMonth));
  for (let i = 0; i < ids.length; i++) ids[i] = mix(i + 1);
  let checksum = 0;
  const started = performance.now();
  for (let m = 0; m < liveByMonth.length; m++) {
    const key = Math.imul(m + 1, 0x85ebca6b);
    const n = liveByMonth[m];
    for (let i = 0; i < n; i++) {
      const u = mix((mix(0x2545f491 ^ ids[i]) + key) | 0) * (1 / 4294967296);
      if (u < 0.02) checksum += 1;
    }
  }
  for (let k = 0; k < extra; k++) {
    const u = mix((mix(0x2545f491 ^ k) + 0x68e31da4) | 0) * (1 / 4294967296);
    if (u < 0.02) checksum += 1;
  }
  return { seconds: (performance.now() - started) / 1000, checksum };
}

if (args.warmup) {
  process.stderr.write('warm-up replication (sample 0.1)…\n');
  const { world, stepper } = createReplicationWorld({ scenario, municipalities, replication: 1, sample: 0.1 });
  for (let m = 0; m < MONTH_COUNT; m++) stepMonth(stepper);
  void world;
}
process.stderr.write(`timed replication (sample ${sample})…\n`);
const run = replication();
const base = floor(run.liveByMonth, run.draws);
const result = {
  seconds_per_replication: Number(run.seconds.toFixed(3)),
  citizen_months_per_second: Math.round(run.citizenMonths / run.seconds),
  ratio_to_floor: Number((run.seconds / base.seconds).toFixed(2)),
  bytes_per_citizen: Number(run.bytesPerCitizen.toFixed(1)),
};
const rows: [string, string, string][] = [
  ['seconds per replication (2018–2040)', result.seconds_per_replication.toFixed(3), '≤ 1.0'],
  ['citizen-months simulated', (run.citizenMonths / 1e6).toFixed(1) + ' M', '≈ 55 M at full scale'],
  ['citizen-months per second', (result.citizen_months_per_second / 1e6).toFixed(1) + ' M', '≥ 55 M'],
  ['floor: bare loop, same draws (s)', base.seconds.toFixed(3), ''],
  ['random draws', (run.draws / 1e6).toFixed(1) + ' M', ''],
  ['ratio to floor', result.ratio_to_floor.toFixed(2), '≤ 3'],
  ['bytes per citizen (allocated / live)', result.bytes_per_citizen.toFixed(1), '≤ 40'],
  ['bytes per citizen row (fields)', String(run.bytesPerRow), ''],
];
const phaseNames: Record<Phase, string> = {
  yearStart: 'January: yearly pass and mechanisms',
  rulings: 'principle rulings',
  needs: 'needs loop (every citizen, every month)',
  inflow: 'entrants and self-referrals',
  visitation: 'reassessments',
  placement: 'placement',
  yearEnd: 'December: settlement and indicators',
};
const width = Math.max(...rows.map((r) => r[0].length), ...Object.values(phaseNames).map((name) => name.length));
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(10)}  budget`);
for (const [label, value, budget] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(10)}  ${budget}`);

console.log(`\n${'where the time goes'.padEnd(width)}  ${'seconds'.padStart(10)}  share`);
for (const phase of PHASES) {
  const seconds = run.phases.seconds.get(phase) ?? 0;
  console.log(`${phaseNames[phase].padEnd(width)}  ${seconds.toFixed(3).padStart(10)}  ${((100 * seconds) / run.seconds).toFixed(1)} %`);
}
console.log(JSON.stringify(result));
