/**
 * Every parameter of the model as plain table rows for the parameters page, built at build time
 * (the page is prerendered; this module runs in its server `load`, never in the browser).
 *
 * Values come from the engine's modules themselves; the sources of the structural facts are the
 * comments next to them in models/parameters/world.ts, read from its source text with the
 * TypeScript parser, so the page cannot drift from the code.
 */
import ts from 'typescript';
import { z } from 'zod';
import worldSource from '../../../../models/parameters/world.ts?raw';
import codesSource from '../../../../models/state/codes.ts?raw';
import calibrationSource from '../../../../models/parameters/calibration.ts?raw';
import calibrationDoc from '../../../../docs/calibration.md?raw';
import modelDoc from '../../../../docs/model.md?raw';
import * as world from '../../../../models/parameters/world';
import { ASSUMPTIONS } from '../../../../models/parameters/assumptions';
import { CALIBRATED } from '../../../../models/parameters/calibration';
import { DEFAULT_POLICY, policySchema } from '../../../../models/parameters/policy';
import { Group, Service } from '../../../../models/state/codes';

export interface FactRow {
	name: string;
	value: string;
	source: string;
}

export interface GroupRow {
	key: string;
	label: string;
	values: string[];
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

export interface PolicyRow {
	key: string;
	defaultValue: string;
	allowed: string;
	description: string;
	/** "How it acts" from the knob table in docs/model.md (Appendix A), if listed. */
	howItActs: string;
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

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
const ungrouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6, useGrouping: false });
/** Numbers in English notation; thousands are grouped from 10,000 on (so years print as 2018). */
const numberFormat = { format: (v: number): string => (Math.abs(v) >= 10_000 ? grouped : ungrouped).format(v) };

function show(value: unknown): string {
	if (value === null) return 'null';
	if (typeof value === 'number') return numberFormat.format(value);
	if (typeof value === 'boolean' || typeof value === 'string') return String(value);
	if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>);
		return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${show(v)}`).join(', ')} }`;
	}
	return String(value);
}

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
					values: fields.map((f) => show(table[index]?.[f.key]))
				}))
			};
			rows.push({ name, value: `${table.length} groups (table below)`, source: comment });
			continue;
		}
		if (name === 'UNIT_COST') {
			const comments = tableComments(file, init);
			const costs = value as number[];
			for (const [key, index] of Object.entries(Service)) {
				rows.push({ name: `UNIT_COST.${key}`, value: show(costs[index]), source: [comments.get(key)?.comment, comment].filter(Boolean).join(' — ') });
			}
			continue;
		}
		if (isPlainObject(value) && body && ts.isObjectLiteralExpression(body) && body.properties.some((p) => ts.isPropertyAssignment(p) && !ts.isNumericLiteral(p.name))) {
			const comments = propertyComments(file, body);
			rows.push({ name, value: '', source: comment });
			for (const [key, v] of Object.entries(value)) {
				rows.push({ name: `${name}.${key}`, value: show(v), source: comments.get(key) ?? '' });
			}
			continue;
		}
		rows.push({ name, value: show(value), source: comment });
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
function allowed(schema: z.ZodType): string {
	let s: z.ZodType = schema;
	let nullable = false;
	for (;;) {
		if (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
		else if (s instanceof z.ZodNullable) {
			nullable = true;
			s = s.unwrap() as z.ZodType;
		} else break;
	}
	let text: string;
	if (s instanceof z.ZodNumber) {
		const lo = s.minValue;
		const hi = s.maxValue;
		const kind = s.format && /int/.test(s.format) ? 'integer' : 'number';
		text = `${kind} ${lo !== null && Number.isFinite(lo) ? numberFormat.format(lo) : '−∞'}–${hi !== null && Number.isFinite(hi) ? numberFormat.format(hi) : '∞'}`;
	} else if (s instanceof z.ZodBoolean) text = 'on/off';
	else if (s instanceof z.ZodTuple) text = `${s.def.items.length} values`;
	else if (s instanceof z.ZodRecord) text = 'amount per year';
	else text = s.def.type;
	return nullable ? `${text}, or null` : text;
}

function policy(): PolicyRow[] {
	const acts = new Map<string, string>();
	const appendix = modelDoc.slice(modelDoc.indexOf('## Appendix A'));
	for (const m of appendix.matchAll(/^\|\s*`(\w+)`\s*\|[^|]*\|[^|]*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|/gm)) {
		acts.set(m[1]!, `${m[2]} (${m[3]})`);
	}
	return Object.entries(policySchema.shape).map(([key, knob]) => ({
		key,
		defaultValue: show((DEFAULT_POLICY as Record<string, unknown>)[key]),
		allowed: allowed(knob as z.ZodType),
		description: (knob as z.ZodType).description ?? '',
		howItActs: acts.get(key) ?? ''
	}));
}

export function parameterTables(): ParameterTables {
	const { facts: factRows, groups } = facts();
	return { facts: factRows, groups, assumptions: assumptions(), calibrated: calibrated(), policy: policy() };
}
