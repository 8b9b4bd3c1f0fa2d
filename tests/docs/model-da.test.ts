import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translationProblems } from './translation-sync';

const english = readFileSync('docs/model.md', 'utf8');
const danish = readFileSync('docs/model.da.md', 'utf8');

describe('docs/model.da.md (the Danish model documentation on /model)', () => {
	it('has every section of docs/model.md in order, with the same code and the same numbers', () => {
		// On failure: translate the changed sections of docs/model.md again (the message names them).
		expect(translationProblems(english, danish)).toEqual([]);
	});

	it('the check finds a changed number, a lost code span and a missing section', () => {
		expect(translationProblems(english, danish.replace(/\b2018–2022\b/, '2018–2023')).join('\n')).toMatch(/numbers/);
		expect(translationProblems(english, danish.replace('`models/`', 'modellerne')).join('\n')).toMatch(/code missing/);
		expect(translationProblems(english, danish.replace(/^### 7\.5 .*$/m, '')).join('\n')).toMatch(/sections differ/);
	});
});
