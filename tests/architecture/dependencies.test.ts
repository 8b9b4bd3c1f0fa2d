/**
 * Dependencies point one way (design/architecture.md): models/ ← src/lib/client/ ← routes and components.
 * This scans import specifiers so the rule cannot rot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	let entries;
	try {
		entries = readdirSync(join(root, dir), { withFileTypes: true, recursive: true });
	} catch {
		return out;
	}
	for (const e of entries) {
		if (e.isFile() && /\.(ts|js|svelte)$/.test(e.name)) out.push(join(e.parentPath, e.name));
	}
	return out;
}

/** Import specifiers of a file: static imports/exports, side-effect imports, dynamic import(). */
function specifiers(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found = new Set<string>();
	for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) found.add(m[1]!);
	return [...found];
}

/** Repository-relative target of a relative or aliased specifier; undefined for packages. */
function target(file: string, spec: string): string | undefined {
	if (spec.startsWith('.')) return relative(root, resolve(dirname(file), spec)).split(sep).join('/');
	if (spec === '$lib' || spec.startsWith('$lib/')) return 'src/lib' + spec.slice(4);
	return undefined;
}

function violations(dir: string, forbidden: (spec: string, to: string | undefined) => boolean): string[] {
	return sourceFiles(dir).flatMap((file) =>
		specifiers(file)
			.filter((spec) => forbidden(spec, target(file, spec)))
			.map((spec) => `${relative(root, file)} imports ${spec}`)
	);
}

describe('dependency direction', () => {
	it('the engine in models/ imports nothing from the app, Svelte or SvelteKit', () => {
		const bad = violations('models', (spec, to) =>
			Boolean(
				to?.startsWith('src/') ||
					/^(\$app|\$lib|\$env|\$service-worker|svelte|@sveltejs)(\/|$)/.test(spec)
			)
		);
		expect(bad).toEqual([]);
	});

	it('only src/lib/client/ reaches into models/; routes and components go through it', () => {
		const bad = sourceFiles('src')
			.filter((file) => !relative(root, file).startsWith(`src${sep}lib${sep}client${sep}`))
			.flatMap((file) =>
				specifiers(file)
					.filter((spec) => target(file, spec)?.startsWith('models'))
					.map((spec) => `${relative(root, file)} imports ${spec}`)
			);
		expect(bad).toEqual([]);
	});
});
