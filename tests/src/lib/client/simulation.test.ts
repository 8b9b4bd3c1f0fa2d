import { describe, expect, it } from 'vitest';
import { planJobs, runsFromSearch, Simulation, target, DEFAULT_RUNS } from '../../../../src/lib/client/simulation';
import { ResultCache } from '../../../../src/lib/client/results';
import { BASELINE, buildScenario } from '../../../../src/lib/client/levers';
import type { EngineHandle } from '../../../../src/lib/client/scheduler';
import type { RunRequest, RunResult } from '../../../../src/lib/client/engine-api';

const base = target(BASELINE);
const scen = target(buildScenario({ r2_4: { setting: 'proposed' } }));

describe('planJobs', () => {
	it('asks for every estimate first, then full runs of the scenarios in turn', () => {
		const jobs = planJobs([scen, base], new ResultCache(), 2);
		expect(jobs.map((j) => `${j.id === `${scen.key}|estimate` || j.id.startsWith(scen.key) ? 'S' : 'B'}:${j.kind}:${j.request.replication}`)).toEqual([
			'S:estimate:0',
			'B:estimate:0',
			'S:full:0',
			'B:full:0',
			'S:full:1',
			'B:full:1'
		]);
		expect(jobs.filter((j) => j.kind === 'full').every((j) => j.request.sample === 1)).toBe(true);
	});

	it('leaves out what the cache already has, and the estimate once a full run exists', () => {
		const cache = new ResultCache();
		cache.get(base.key).full.set(0, { years: [], indicators: {}, ms: 0 });
		const jobs = planJobs([scen, base], cache, 2);
		expect(jobs.map((j) => j.id)).toEqual([`${scen.key}|estimate`, `${scen.key}|full|0`, `${scen.key}|full|1`, `${base.key}|full|1`]);
	});

	it('plans a scenario once when the current scenario is the baseline', () => {
		expect(planJobs([base, base], new ResultCache(), 1)).toHaveLength(2);
	});

	it('puts a prefetched scenario\'s estimate before the full runs of the wanted ones, and its full runs last', () => {
		const next = target(buildScenario({ r6_1: { setting: 'proposed' } }));
		const name = (key: string) => (key === scen.key ? 'S' : key === base.key ? 'B' : 'N');
		const jobs = planJobs([scen, base], new ResultCache(), 2, 0.01, [next, base]);
		expect(jobs.map((j) => `${name(j.id.split('|')[0]!)}:${j.kind}:${j.request.replication}`)).toEqual([
			'S:estimate:0',
			'B:estimate:0',
			'N:estimate:0',
			'S:full:0',
			'B:full:0',
			'S:full:1',
			'B:full:1',
			'N:full:0',
			'N:full:1'
		]);
	});
});

describe('Simulation', () => {
	it('files each result under its scenario and replication, and never under a scenario no longer wanted', async () => {
		const handles: { request: RunRequest; resolve: (r: RunResult) => void }[] = [];
		const spawn = (): EngineHandle => ({
			run: (request) => new Promise((resolve) => handles.push({ request, resolve })),
			terminate: () => undefined
		});
		let updates = 0;
		const sim = new Simulation({ size: 1, spawn, onUpdate: () => updates++ });
		sim.want([scen, base], 1);
		expect(handles.map((h) => h.request.sample)).toEqual([0.01, 0.01]);
		const result = (v: number): RunResult => ({ years: [2035], indicators: { spend_total: new Float64Array([v]) }, ms: 5 });
		handles[0]!.resolve(result(70));
		handles[1]!.resolve(result(72));
		await new Promise((r) => setTimeout(r, 0));
		expect(sim.results(scen.key)?.estimate?.indicators.spend_total?.[0]).toBe(70);
		expect(sim.results(base.key)?.estimate?.indicators.spend_total?.[0]).toBe(72);
		expect(updates).toBe(2);
		sim.dispose();
	});

	it('files a prefetched scenario\'s estimate, so that stepping to it finds it in the cache', async () => {
		const handles: { request: RunRequest; resolve: (r: RunResult) => void }[] = [];
		const spawn = (): EngineHandle => ({
			run: (request) => new Promise((resolve) => handles.push({ request, resolve })),
			terminate: () => undefined
		});
		const sim = new Simulation({ size: 2, spawn, onUpdate: () => undefined });
		sim.want([base], 0, [scen]);
		expect(handles.map((h) => h.request.scenario.levers)).toEqual([{}, { r2_4: { setting: 'proposed' } }]);
		handles[1]!.resolve({ years: [2035], indicators: { spend_total: new Float64Array([70]) }, ms: 5 });
		await new Promise((r) => setTimeout(r, 0));
		expect(sim.results(scen.key)?.estimate?.indicators.spend_total?.[0]).toBe(70);
		sim.dispose();
	});
});

describe('runsFromSearch', () => {
	it('reads ?runs=N within limits, else the default', () => {
		expect(runsFromSearch('?runs=4')).toBe(4);
		expect(runsFromSearch('?runs=0')).toBe(0);
		expect(runsFromSearch('?runs=9999')).toBe(200);
		expect(runsFromSearch('?runs=-1')).toBe(DEFAULT_RUNS);
		expect(runsFromSearch('')).toBe(DEFAULT_RUNS);
	});
});
