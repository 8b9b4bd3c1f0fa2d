import { describe, expect, it } from 'vitest';
import { focusKind, presenterAction, stepIndex, type FocusKind } from '../../../../src/lib/client/presenter-keys';

const press = (key: string, focus: FocusKind = 'other', mods: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) =>
	presenterAction({ key, focus, ...mods });

describe('presenterAction', () => {
	it('steps forward with the right arrow, Space and PageDown, back with the left arrow and PageUp', () => {
		expect(['ArrowRight', ' ', 'PageDown'].map((k) => press(k))).toEqual(['next', 'next', 'next']);
		expect(['ArrowLeft', 'PageUp'].map((k) => press(k))).toEqual(['previous', 'previous']);
		expect(press(' ', 'other', { shiftKey: true })).toBe('previous');
	});

	it('jumps to the first and last slide with Home and End', () => {
		expect(press('Home')).toBe('first');
		expect(press('End')).toBe('last');
	});

	it('toggles full screen with F and leaves it with Escape', () => {
		expect(press('f')).toBe('toggleFullscreen');
		expect(press('F', 'other', { shiftKey: true })).toBe('toggleFullscreen');
		expect(press('Escape')).toBe('exitFullscreen');
	});

	it('leaves Space to a focused button, every key to a text field, and browser shortcuts alone', () => {
		expect(press(' ', 'control')).toBeUndefined();
		expect(press('ArrowRight', 'control')).toBe('next');
		expect(press('ArrowRight', 'text')).toBeUndefined();
		expect(press('f', 'text')).toBeUndefined();
		expect(press('ArrowLeft', 'other', { altKey: true })).toBeUndefined();
		expect(press('f', 'other', { ctrlKey: true })).toBeUndefined();
		expect(press('End', 'other', { metaKey: true })).toBeUndefined();
	});

	it('ignores keys that are not the presenter\'s, including the up and down arrows (they scroll)', () => {
		expect(press('a')).toBeUndefined();
		expect(press('ArrowDown')).toBeUndefined();
		expect(press('Enter')).toBeUndefined();
	});
});

describe('stepIndex', () => {
	it('moves one slide at a time and stops at either end', () => {
		expect(stepIndex(0, 'next', 5)).toBe(1);
		expect(stepIndex(4, 'next', 5)).toBe(4);
		expect(stepIndex(2, 'previous', 5)).toBe(1);
		expect(stepIndex(0, 'previous', 5)).toBe(0);
	});

	it('jumps to the first and the last slide', () => {
		expect(stepIndex(3, 'first', 5)).toBe(0);
		expect(stepIndex(1, 'last', 5)).toBe(4);
		expect(stepIndex(0, 'last', 0)).toBe(0);
	});
});

describe('focusKind', () => {
	const el = (tagName: string, type?: string, isContentEditable = false) => ({
		tagName,
		isContentEditable,
		getAttribute: (name: string) => (name === 'type' ? (type ?? null) : null)
	});

	it('tells text fields, controls and everything else apart', () => {
		expect(focusKind(el('input'))).toBe('text');
		expect(focusKind(el('INPUT', 'range'))).toBe('text');
		expect(focusKind(el('INPUT', 'checkbox'))).toBe('control');
		expect(focusKind(el('TEXTAREA'))).toBe('text');
		expect(focusKind(el('DIV', undefined, true))).toBe('text');
		expect(focusKind(el('BUTTON'))).toBe('control');
		expect(focusKind(el('A'))).toBe('control');
		expect(focusKind(el('SUMMARY'))).toBe('control');
		expect(focusKind(el('BODY'))).toBe('other');
		expect(focusKind(null)).toBe('other');
	});
});
