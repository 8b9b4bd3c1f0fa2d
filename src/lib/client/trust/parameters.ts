/**
 * Every parameter of the model as plain table rows for the parameters page, built at build time
 * (the page is prerendered; this module runs in its server `load`, never in the browser).
 *
 * Values come from the engine's modules themselves; the sources of the structural facts are the
 * comments next to them in models/parameters/world.ts, read from its source text with the
 * TypeScript parser, so the page cannot drift from the code. Values and knob domains are plain
 * data, written out by the page in the reader's language (src/lib/i18n/parameters.ts); the prose
 * read here is English, and its Danish is keyed by the rows' names (src/lib/i18n/parameters-da.ts).
 */
import ts from 'typescript';
import { z } from 'zod';
import worldSource from '../../../../models/parameters/world.ts?raw';
import codesSource from '../../../../models/state/codes.ts?raw';
import calibrationSource from '../../../../models/parameters/calibration.ts?raw';
import calibrationDoc from '../../../../docs/calibration.md?raw';
import modelDocEnglish from '../../../../docs/model.md?raw';
import modelDocDanish from '../../../../docs/model.da.md?raw';
import * as world from '../../../../models/parameters/world';
import { ASSUMPTIONS } from '../../../../models/parameters/assumptions';
import { CALIBRATED } from '../../../../models/parameters/calibration';
import { DEFAULT_POLICY, policySchema } from '../../../../models/parameters/policy';
import { Group, Service } from '../../../../models/state/codes';

/** A parameter's value as plain data (numbers, flags, lists and records of them). */
export type ParameterValue = number | boolean | string | null | readonly ParameterValue[] | { readonly [key: string]: ParameterValue };

/** What a facts row shows in its value column. */
export type FactValue =
	/** A number, list or record. */
	| { kind: 'value'; value: ParameterValue }
	/** A record whose fields follow as rows of their own (`SUPERVISION.supervisors`, …). */
	| { kind: 'fields' }
	/** `GROUPS`: the per-group table below, by its number of groups. */
	| { kind: 'groups'; count: number };

export interface FactRow {
	name: string;
	value: FactValue;
	source: string;
}

export interface GroupRow {
	key: string;
	label: string;
	values: ParameterValue[];
}

export interface AssumptionRow {
	key: string;
	central: number;
	low: number;
	high: number;
	unit: string;
	why: string;
}

export interface CalibratedRow {
	key: string;
	value: number;
	fittedTo: string;
	doc: string;
}

/** The values a policy knob takes, read from its zod schema. */
export type KnobDomain = { nullable: boolean } & (
	| { kind: 'number'; integer: boolean; min: number | null; max: number | null }
	| { kind: 'boolean' }
	| { kind: 'tuple'; length: number }
	/** A record of amounts by year (`loanPoolBn`). */
	| { kind: 'amounts' }
	/** Any other zod type, by zod's name for it. */
	| { kind: 'other'; type: string }
);

export interface PolicyRow {
	key: string;
	defaultValue: ParameterValue;
	allowed: KnobDomain;
	description: string;
	/** "How it acts" from the knob table of the model documentation (Appendix A), if listed, in each language. */
	howItActs: { en: string; da: string };
}

export interface ParameterTables {
	facts: FactRow[];
	groups: { fields: { key: string; doc: string }[]; rows: GroupRow[] };
	assumptions: AssumptionRow[];
	calibrated: CalibratedRow[];
	policy: PolicyRow[];
}

// ---------------------------------------------------------------------------------------------
// Comments from source text

/** Text of the comments just before `pos` (JSDoc or line comments), without comment markers. */
function leadingComment(text: string, pos: number): string {
	const ranges = ts.getLeadingCommentRanges(text, pos) ?? [];
	return ranges
		.map((r) =>
			text
				.slice(r.pos, r.end)
				.replace(/^\/\*\*?|\*\/$/g, '')
				.replace(/^\s*\*\s?/gm, '')
				.replace(/^\s*\/\/\s?/gm, '')
				.trim()
		)
		.filter(Boolean)
		.join(' ')
		.replace(/\s+/g, ' ');
}

/** A `// comment` at the end of the line on which `pos` lies. */
function trailingLineComment(text: string, pos: number): string {
	const lineEnd = text.indexOf('\n', pos);
	const rest = text.slice(pos, lineEnd < 0 ? undefined : lineEnd);
	const m = /\/\/\s?(.*)$/.exec(rest);
	return m ? m[1]!.trim() : '';
}

function commentOf(text: string, node: ts.Node): string {
	return [leadingComment(text, node.getFullStart()), trailingLineComment(text, node.getEnd())].filter(Boolean).join(' ');
}

function parse(name: string, text: string): ts.SourceFile {
	return ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
}

/** Exported `const` declarations of a module with their comments and initialisers. */
function exportedConsts(file: ts.SourceFile): { name: string; comment: string; init: ts.Expression | undefined }[] {
	const out: { name: string; comment: string; init: ts.Expression | undefined }[] = [];
	for (const statement of file.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
		const comment = commentOf(file.text, statement);
		for (const d of statement.declarationList.declarations) {
			if (ts.isIdentifier(d.name)) out.push({ name: d.name.text, comment, init: d.initializer });
		}
	}
	return out;
}

/** Strip `as const` / `satisfies` wrappers. */
function unwrap(e: ts.Expression | undefined): ts.Expression | undefined {
	while (e && (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e))) e = e.expression;
	return e;
}

/** Comments of the properties of an object literal, by property name. */
function propertyComments(file: ts.SourceFile, obj: ts.ObjectLiteralExpression): Map<string, string> {
	const out = new Map<string, string>();
	for (const p of obj.properties) {
		if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
			out.set(p.name.text, commentOf(file.text, p));
		}
	}
	return out;
}

/** In an IIFE that fills a table (`c[Service.x] = …; // comment`), the comment per key. */
function tableComments(file: ts.SourceFile, init: ts.Expression | undefined): Map<string, { comment: string; call?: ts.CallExpression }> {
	const out = new Map<string, { comment: string; call?: ts.CallExpression }>();
	const visit = (node: ts.Node): void => {
		if (
			ts.isExpressionStatement(node) &&
			ts.isBinaryExpression(node.expression) &&
			node.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
			ts.isElementAccessExpression(node.expression.left) &&
			ts.isPropertyAccessExpression(node.expression.left.argumentExpression)
		) {
			const key = node.expression.left.argumentExpression.name.text;
			const right = node.expression.right;
			out.set(key, { comment: commentOf(file.text, node), call: ts.isCallExpression(right) ? right : undefined });
		}
		ts.forEachChild(node, visit);
	};
	if (init) visit(init);
	return out;
}

/** JSDoc of the members of an interface, by member name. */
function interfaceDocs(file: ts.SourceFile, name: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const s of file.statements) {
		if (ts.isInterfaceDeclaration(s) && s.name.text === name) {
			for (const m of s.members) if (m.name && ts.isIdentifier(m.name)) out.set(m.name.text, leadingComment(file.text, m.getFullStart()));
		}
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Values

/** A module's value as plain data (the modules' tables are arrays and records of numbers). */
const data = (value: unknown): ParameterValue => value as ParameterValue;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function facts(): { facts: FactRow[]; groups: ParameterTables['groups'] } {
	const file = parse('world.ts', worldSource);
	const codes = parse('codes.ts', codesSource);
	const values = world as unknown as Record<string, unknown>;
	const rows: FactRow[] = [];
	let groups: ParameterTables['groups'] = { fields: [], rows: [] };

	const groupDocs = (() => {
		const decl = exportedConsts(codes).find((d) => d.name === 'Group');
		const obj = unwrap(decl?.init);
		return obj && ts.isObjectLiteralExpression(obj) ? propertyComments(codes, obj) : new Map<string, string>();
	})();

	for (const { name, comment, init } of exportedConsts(file)) {
		const value = values[name];
		const body = unwrap(init);
		if (name === 'GROUPS') {
			const fieldDocs = interfaceDocs(file, 'GroupParameters');
			const fields = [...fieldDocs.entries()].map(([key, doc]) => ({ key, doc }));
			const table = value as Record<string, unknown>[];
			groups = {
				fields,
				rows: Object.entries(Group).map(([key, index]) => ({
					key,
					label: groupDocs.get(key) ?? key,
					values: fields.map((f) => data(table[index]?.[f.key] ?? null))
				}))
			};
			rows.push({ name, value: { kind: 'groups', count: table.length }, source: comment });
			continue;
		}
		if (name === 'UNIT_COST') {
			// Like the records below: the table's own comment once, then each service's own.
			const comments = tableComments(file, init);
			const costs = value as number[];
			rows.push({ name, value: { kind: 'fields' }, source: comment });
			for (const [key, index] of Object.entries(Service)) {
				rows.push({ name: `UNIT_COST.${key}`, value: { kind: 'value', value: data(costs[index]) }, source: comments.get(key)?.comment ?? '' });
			}
			continue;
		}
		if (isPlainObject(value) && body && ts.isObjectLiteralExpression(body) && body.properties.some((p) => ts.isPropertyAssignment(p) && !ts.isNumericLiteral(p.name))) {
			const comments = propertyComments(file, body);
			rows.push({ name, value: { kind: 'fields' }, source: comment });
			for (const [key, v] of Object.entries(value)) {
				rows.push({ name: `${name}.${key}`, value: { kind: 'value', value: data(v) }, source: comments.get(key) ?? '' });
			}
			continue;
		}
		rows.push({ name, value: { kind: 'value', value: data(value) }, source: comment });
	}
	return { facts: rows, groups };
}

function assumptions(): AssumptionRow[] {
	return Object.entries(ASSUMPTIONS).map(([key, a]) => ({ key, central: a.central, low: a.low, high: a.high, unit: a.unit, why: a.why }));
}

function calibrated(): CalibratedRow[] {
	const docs = interfaceDocs(parse('calibration.ts', calibrationSource), 'Calibration');
	const fitted = new Map<string, string>();
	for (const m of calibrationDoc.matchAll(/^\|\s*`(\w+)`\s*\|\s*([^|]+?)\s*\|/gm)) fitted.set(m[1]!, m[2]!);
	return Object.entries(CALIBRATED).map(([key, value]) => ({ key, value, fittedTo: fitted.get(key) ?? '', doc: docs.get(key) ?? '' }));
}

/** The knob's type and bounds, read from its zod schema. */
function allowed(schema: z.ZodType): KnobDomain {
	let s: z.ZodType = schema;
	let nullable = false;
	for (;;) {
		if (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
		else if (s instanceof z.ZodNullable) {
			nullable = true;
			s = s.unwrap() as z.ZodType;
		} else break;
	}
	const bound = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v : null);
	if (s instanceof z.ZodNumber) {
		const integer = Boolean(s.format && /int/.test(s.format));
		return { nullable, kind: 'number', integer, min: bound(s.minValue), max: bound(s.maxValue) };
	}
	if (s instanceof z.ZodBoolean) return { nullable, kind: 'boolean' };
	if (s instanceof z.ZodTuple) return { nullable, kind: 'tuple', length: s.def.items.length };
	if (s instanceof z.ZodRecord) return { nullable, kind: 'amounts' };
	return { nullable, kind: 'other', type: s.def.type };
}

/** Knob → "how it acts (recommendation)" from the knob table under the document's `heading`. */
function knobTable(markdown: string, heading: string): Map<string, string> {
	const acts = new Map<string, string>();
	const start = markdown.indexOf(heading);
	if (start < 0) throw new Error(`the model documentation has no "${heading}" (the parameters page quotes its knob table)`);
	for (const m of markdown.slice(start).matchAll(/^\|\s*`(\w+)`\s*\|[^|]*\|[^|]*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|/gm)) {
		acts.set(m[1]!, `${m[2]} (${m[3]})`);
	}
	return acts;
}

function policy(): PolicyRow[] {
	const english = knobTable(modelDocEnglish, '## Appendix A');
	const danish = knobTable(modelDocDanish, '## Bilag A');
	return Object.entries(policySchema.shape).map(([key, knob]) => ({
		key,
		defaultValue: data((DEFAULT_POLICY as Record<string, unknown>)[key]),
		allowed: allowed(knob as z.ZodType),
		description: (knob as z.ZodType).description ?? '',
		howItActs: { en: english.get(key) ?? '', da: danish.get(key) ?? '' }
	}));
}

export function parameterTables(): ParameterTables {
	const { facts: factRows, groups } = facts();
	return { facts: factRows, groups, assumptions: assumptions(), calibrated: calibrated(), policy: policy() };
}
