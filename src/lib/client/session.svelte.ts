/**
 * The page-side handle on the session: the simulations (started in the layout's onMount —
 * prerendering has no Worker — and stopped on destroy) and the saved scenarios. `revision` ticks
 * on every result so that `$derived` views recompute; views read results through `sim`.
 */
import { getContext, setContext } from 'svelte';
import type { LeverChoices } from './engine-api';
import { addSaved, loadSaved, storeSaved, MAX_COMPARED, type SavedScenario, type StoreProblem } from './saved';
import { Simulation, DEFAULT_RUNS, runsFromSearch, type Target } from './simulation';
import { poolSize, spawnEngine, SPARE_AFTER_IDLE_MS, SPARE_WORKERS } from './pool';
import { watchIdle } from './idle';
import { APP_SEED, type WorldChoices } from './levers';
import { decodeShare, type DecodeOutcome, type ShareLocale } from './share';

export class Session {
	revision = $state(0);
	runs = $state(DEFAULT_RUNS);
	started = $state(false);
	sim: Simulation | undefined;
	private stopIdleWatch: (() => void) | undefined;

	/** The explore page's lever choices (kept here so that they survive a visit to another page). */
	choices = $state.raw<LeverChoices>({});
	/** The seed and the assumptions the scenario (and its baseline) fix; from a shared link, else the app's. */
	seed = $state(APP_SEED);
	assumptions = $state.raw<Record<string, number>>({});
	/** The seed and fixed assumptions every scenario of the session (and its baseline) is run with. */
	get world(): WorldChoices {
		return { seed: this.seed, assumptions: this.assumptions };
	}
	/** What opening the page's link found (a refused link is reported and the baseline opened). */
	link = $state.raw<DecodeOutcome>({ kind: 'none', notices: [] });

	saved = $state.raw<SavedScenario[]>([]);
	/** Ids of the saved scenarios shown on the compare page (at most four). */
	compared = $state.raw<string[]>([]);
	/** Problems met loading the saved scenarios (shown once, on the compare page). */
	storeProblem = $state.raw<StoreProblem | undefined>(undefined);
	droppedLevers = $state.raw<string[]>([]);

	/** Start the workers and restore the scenario of the page's link; returns the link's language, if any. */
	start(): ShareLocale | undefined {
		if (this.sim) return undefined;
		this.runs = runsFromSearch(location.search);
		this.link = decodeShare(location.search);
		if (this.link.kind === 'ok') {
			this.choices = this.link.state.levers;
			this.seed = this.link.state.seed;
			this.assumptions = this.link.state.assumptions;
		}
		const loaded = loadSaved(localStorage);
		if (loaded.ok) {
			this.saved = loaded.scenarios;
			this.droppedLevers = loaded.dropped;
		} else {
			this.saved = [];
			this.storeProblem = loaded.problem;
		}
		this.compared = this.saved.slice(-MAX_COMPARED).map((s) => s.id);
		const sim = new Simulation({ size: poolSize(), spawn: spawnEngine, onUpdate: () => this.revision++ });
		this.sim = sim;
		this.stopIdleWatch = watchIdle(window, SPARE_AFTER_IDLE_MS, (idle) => sim.setSpare(idle ? SPARE_WORKERS : 0));
		this.started = true;
		return this.link.kind === 'too-long' ? undefined : this.link.locale;
	}

	/** The app's seed and no fixed assumptions (the levers stay). */
	resetWorld(): void {
		this.seed = APP_SEED;
		this.assumptions = {};
	}

	dismissLink(): void {
		this.link = { kind: 'none', notices: [] };
	}

	stop(): void {
		this.stopIdleWatch?.();
		this.stopIdleWatch = undefined;
		this.sim?.dispose();
		this.sim = undefined;
		this.started = false;
	}

	/** Ask for `targets` now and `prefetch` when they leave room (Simulation.want). */
	want(targets: readonly Target[], prefetch: readonly Target[] = []): void {
		this.sim?.want(targets, this.runs, prefetch);
	}

	/** Save lever choices under a name; false if the browser refused to store them. */
	save(name: string, levers: LeverChoices): boolean {
		const next = addSaved(this.saved, name, levers, new Date());
		if (!storeSaved(localStorage, next)) return false;
		this.saved = next;
		const id = next.find((s) => s.name === name.trim())?.id;
		if (id && !this.compared.includes(id)) this.compared = [...this.compared, id].slice(-MAX_COMPARED);
		return true;
	}

	remove(id: string): void {
		const next = this.saved.filter((s) => s.id !== id);
		storeSaved(localStorage, next);
		this.saved = next;
		this.compared = this.compared.filter((c) => c !== id);
	}

	toggleCompared(id: string, on: boolean): void {
		if (on && !this.compared.includes(id) && this.compared.length < MAX_COMPARED) this.compared = [...this.compared, id];
		if (!on) this.compared = this.compared.filter((c) => c !== id);
	}
}

const KEY = Symbol('session');

export function provideSession(): Session {
	return setContext(KEY, new Session());
}

export function useSession(): Session {
	return getContext<Session>(KEY);
}
