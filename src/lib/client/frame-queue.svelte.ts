/**
 * Redraws spread over frames, one job per task, so that no task of the main thread redraws every
 * chart at once. A job runs after the browser has had a frame to paint the one before it
 * (`requestAnimationFrame`, then a task of its own).
 *
 * Why: on the explore page a result redrew all nine charts in one task. Profiles of five lever
 * changes in headless Chromium on a two-core machine (2026-11) found the message handler at 45–85 ms
 * and the frame that painted it at 50–90 ms, past the 100 ms long-task limit of issue 3 when the host
 * was slowed twofold (CI run of 6c9462f: 110 and 111 ms).
 *
 * `pending` counts jobs not yet run, so the page can say that charts are still being brought up to date.
 */

/** Call `run` in a task of its own after the next frame (the browser's default; tests pass their own). */
export type NextFrame = (run: () => void) => void;
const afterNextFrame: NextFrame = (run) => requestAnimationFrame(() => setTimeout(run, 0));

export class FrameQueue {
	/** Jobs waiting, oldest first. */
	private jobs: (() => void)[] = [];
	private scheduled = false;
	private readonly nextFrame: NextFrame;
	pending = $state(0);

	constructor(nextFrame: NextFrame = afterNextFrame) {
		this.nextFrame = nextFrame;
	}

	/** Run `job` in a later frame; returns a function that cancels it if it has not yet run. */
	add(job: () => void): () => void {
		this.jobs.push(job);
		this.pending = this.jobs.length;
		this.schedule();
		return () => {
			const at = this.jobs.indexOf(job);
			if (at < 0) return;
			this.jobs.splice(at, 1);
			this.pending = this.jobs.length;
		};
	}

	private schedule(): void {
		if (this.scheduled || this.jobs.length === 0) return;
		this.scheduled = true;
		this.nextFrame(() => this.runOne());
	}

	private runOne(): void {
		this.scheduled = false;
		const job = this.jobs.shift();
		this.pending = this.jobs.length;
		job?.();
		this.schedule();
	}
}

export const frameQueue = new FrameQueue();
