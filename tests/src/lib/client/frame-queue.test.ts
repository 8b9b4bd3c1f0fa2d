import { describe, expect, it } from 'vitest';
import { FrameQueue } from '../../../../src/lib/client/frame-queue.svelte';

/** A queue whose frames the test advances by hand. */
function manual() {
	const frames: (() => void)[] = [];
	const queue = new FrameQueue((run) => frames.push(run));
	const frame = () => frames.shift()?.();
	return { queue, frames, frame };
}

describe('FrameQueue', () => {
	it('runs one job per frame, oldest first, and counts what is pending', () => {
		const { queue, frames, frame } = manual();
		const ran: string[] = [];
		for (const name of ['a', 'b', 'c']) queue.add(() => ran.push(name));
		expect(queue.pending).toBe(3);
		expect(frames).toHaveLength(1);
		frame();
		expect(ran).toEqual(['a']);
		expect(queue.pending).toBe(2);
		frame();
		frame();
		expect(ran).toEqual(['a', 'b', 'c']);
		expect(queue.pending).toBe(0);
		expect(frames).toHaveLength(0);
	});

	it('never runs a cancelled job (a newer redraw replaced it), and cancelling twice is harmless', () => {
		const { queue, frame } = manual();
		const ran: string[] = [];
		const cancelOld = queue.add(() => ran.push('old'));
		queue.add(() => ran.push('other'));
		cancelOld();
		cancelOld();
		queue.add(() => ran.push('new'));
		expect(queue.pending).toBe(2);
		frame();
		frame();
		frame();
		expect(ran).toEqual(['other', 'new']);
		expect(queue.pending).toBe(0);
	});

	it('schedules again when a job is added after the queue ran dry', () => {
		const { queue, frames, frame } = manual();
		const ran: number[] = [];
		queue.add(() => ran.push(1));
		frame();
		expect(frames).toHaveLength(0);
		queue.add(() => ran.push(2));
		expect(frames).toHaveLength(1);
		frame();
		expect(ran).toEqual([1, 2]);
	});
});
