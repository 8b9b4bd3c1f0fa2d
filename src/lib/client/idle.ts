/**
 * Whether the reader is idle: no pointer press, key press or change of a form control for `delayMs`
 * (scrolling does not count: it asks little of the page, and taking the spare core back stops its
 * run; changes count for assistive technology that changes a control without pointer or key events).
 * The session lends the page's spare core to the engine while the reader is idle and takes it back at
 * the next input (pool.ts), so that a lever change always finds a core free for the page.
 *
 * `onChange(true)` fires `delayMs` after the last input (and after the start), `onChange(false)` at
 * the first input after that, before the page handles it (capture phase). Returns a stop function.
 */
export const IDLE_INPUTS = ['pointerdown', 'keydown', 'input', 'change'] as const;

export function watchIdle(target: EventTarget, delayMs: number, onChange: (idle: boolean) => void): () => void {
	let idle = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const arm = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			idle = true;
			onChange(true);
		}, delayMs);
	};
	const input = () => {
		if (idle) {
			idle = false;
			onChange(false);
		}
		arm();
	};
	const options = { capture: true, passive: true };
	for (const type of IDLE_INPUTS) target.addEventListener(type, input, options);
	arm();
	return () => {
		clearTimeout(timer);
		for (const type of IDLE_INPUTS) target.removeEventListener(type, input, options);
	};
}
