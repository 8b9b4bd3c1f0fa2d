import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../../src/lib/client/idle';

describe('watchIdle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('turns idle after the delay without input, and busy at the next input', () => {
		const target = new EventTarget();
		const changes: boolean[] = [];
		const stop = watchIdle(target, 3000, (idle) => changes.push(idle));
		vi.advanceTimersByTime(2999);
		expect(changes).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(changes).toEqual([true]);
		target.dispatchEvent(new Event('pointerdown'));
		expect(changes).toEqual([true, false]);
		// Each input restarts the delay; input while busy reports nothing new.
		vi.advanceTimersByTime(2000);
		target.dispatchEvent(new Event('keydown'));
		target.dispatchEvent(new Event('change'));
		vi.advanceTimersByTime(2000);
		expect(changes).toEqual([true, false]);
		vi.advanceTimersByTime(1000);
		expect(changes).toEqual([true, false, true]);
		stop();
	});

	it('ignores scrolling, and reports nothing once stopped', () => {
		const target = new EventTarget();
		const changes: boolean[] = [];
		const stop = watchIdle(target, 1000, (idle) => changes.push(idle));
		vi.advanceTimersByTime(1000);
		target.dispatchEvent(new Event('wheel'));
		expect(changes).toEqual([true]);
		stop();
		target.dispatchEvent(new Event('pointerdown'));
		vi.advanceTimersByTime(5000);
		expect(changes).toEqual([true]);
	});
});
