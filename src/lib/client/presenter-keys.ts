/**
 * The presenter's keyboard: which key does what, as a pure mapping so that it can be tested and so
 * that the page's handler stays one line. Keys follow presentation software (PowerPoint, Keynote,
 * clickers that send PageUp/PageDown) and leave the browser's own shortcuts alone; the up and down
 * arrows still scroll, for a slide taller than a small screen.
 */

export type StepAction = 'next' | 'previous' | 'first' | 'last';
export type PresenterAction = StepAction | 'toggleFullscreen' | 'exitFullscreen';

/** What has focus when a key is pressed: a text field keeps every key, a button or link keeps Space and Enter. */
export type FocusKind = 'text' | 'control' | 'other';

export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	focus: FocusKind;
}

const STEP_KEYS: Record<string, StepAction> = {
	ArrowRight: 'next',
	PageDown: 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last'
};

/** The action of a key press, or undefined when the key is not the presenter's. */
export function presenterAction(press: KeyPress): PresenterAction | undefined {
	if (press.focus === 'text' || press.ctrlKey || press.metaKey || press.altKey) return undefined;
	if (press.key === ' ' || press.key === 'Spacebar') {
		// Space on a focused button presses that button; Shift+Space goes back, as in slide software.
		if (press.focus === 'control') return undefined;
		return press.shiftKey ? 'previous' : 'next';
	}
	if (press.key === 'f' || press.key === 'F') return 'toggleFullscreen';
	if (press.key === 'Escape') return 'exitFullscreen';
	return STEP_KEYS[press.key];
}

/** The slide index after a step, kept within 0 … count−1 (no wrapping: the end of a talk is the end). */
export function stepIndex(index: number, action: StepAction, count: number): number {
	if (count <= 0) return 0;
	const last = count - 1;
	const next = action === 'next' ? index + 1 : action === 'previous' ? index - 1 : action === 'first' ? 0 : last;
	return Math.min(last, Math.max(0, next));
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'range', 'date', 'month', 'time']);

/** Classify the focused element (`document.activeElement`) for `presenterAction`. */
export function focusKind(element: { tagName: string; isContentEditable?: boolean; getAttribute?(name: string): string | null } | null): FocusKind {
	if (!element) return 'other';
	const tag = element.tagName.toUpperCase();
	if (element.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return 'text';
	if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((element.getAttribute?.('type') ?? 'text').toLowerCase()) ? 'text' : 'control';
	if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'control';
	return 'other';
}
