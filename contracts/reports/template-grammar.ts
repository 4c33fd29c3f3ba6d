import { CONTEXT_NAMES, FIGURE_STYLES, FIGURES_BY_NAME, type FigureStyle, STYLES_BY_VALUE_TYPE } from './figures';

/**
 * The template text format, one line per block:
 *   "= 标题"         the title (one, first)
 *   "# 标题"         a part, numbered 一、二、 in order
 *   "## 标题"        a sub-part, numbered （一）（二） within its part
 *   "---"            the end of the parts: the paragraphs after it are the closing
 *   any other line   a paragraph; blank lines are ignored
 * Inside any line, "{name}" or "{name|style}" places a figure (see figures.ts) or a context word (org_name, period...).
 */

/** What can be wrong with a template. */
export const TEMPLATE_PROBLEMS = [
  'EMPTY_TEMPLATE',
  'TOO_LONG',
  'NO_TITLE',
  'TITLE_NOT_FIRST',
  'EMPTY_HEADING',
  'SUBHEADING_OUTSIDE_PART',
  'UNCLOSED_BRACE',
  'UNOPENED_BRACE',
  'EMPTY_PLACEHOLDER',
  'BAD_PLACEHOLDER',
  'UNKNOWN_FIGURE',
  'UNKNOWN_STYLE',
  'STYLE_NOT_ALLOWED',
  'STYLE_CONFLICT',
] as const;
/** One of TEMPLATE_PROBLEMS. */
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEMS)[number];

/** A problem at a spot of the text: 1-based line and column, 0-based offset into the whole text, and its length. */
export interface TemplateProblem {
  code: TemplateProblemCode;
  line: number;
  column: number;
  offset: number;
  length: number;
  /** The figure or style named at the spot, when there is one. */
  name?: string;
  /** For STYLE_CONFLICT: the style the figure had first. */
  expected?: string;
}

/** Plain text, or a placeholder with where it sits. */
export type Segment = { type: 'text'; text: string } | { type: 'figure'; name: string; style: FigureStyle | null; line: number; column: number };

/** A block of the template. */
export interface TemplateBlock {
  kind: 'title' | 'heading1' | 'heading2' | 'paragraph' | 'closing';
  line: number;
  segments: Segment[];
}

/** A parse: the blocks, and problems (the template is usable only when there are none). */
export interface ParsedTemplate {
  blocks: TemplateBlock[];
  problems: TemplateProblem[];
}

/** The longest template accepted, in characters. */
export const MAX_TEMPLATE_LENGTH = 100_000;

const NAME = /^[a-z][a-z0-9_]*$/;
const CONTEXT = new Set<string>(CONTEXT_NAMES);
const STYLES = new Set<string>(FIGURE_STYLES);

interface LineCtx {
  line: number;
  /** Offset of the line's first character in the whole text. */
  start: number;
  problems: TemplateProblem[];
  styles: Map<string, string>;
}

function problem(ctx: LineCtx, code: TemplateProblemCode, index: number, length: number, extra: Partial<TemplateProblem> = {}): void {
  ctx.problems.push({ code, line: ctx.line, column: index + 1, offset: ctx.start + index, length, ...extra });
}

function placeholder(ctx: LineCtx, inner: string, index: number): Segment | null {
  const spot = index + 1;
  if (inner.trim() === '') {
    problem(ctx, 'EMPTY_PLACEHOLDER', index, inner.length + 2);
    return null;
  }
  const parts = inner.split('|').map((p) => p.trim());
  const [name = '', style, ...rest] = parts;
  if (rest.length > 0 || !NAME.test(name) || (style !== undefined && style === '')) {
    problem(ctx, 'BAD_PLACEHOLDER', index, inner.length + 2, { name: inner });
    return null;
  }
  if (CONTEXT.has(name)) {
    if (style !== undefined) problem(ctx, 'STYLE_NOT_ALLOWED', spot, inner.length, { name: `${name}|${style}` });
    return { type: 'figure', name, style: null, line: ctx.line, column: spot + 1 };
  }
  const figure = FIGURES_BY_NAME.get(name);
  if (!figure) {
    problem(ctx, 'UNKNOWN_FIGURE', spot, name.length, { name });
    return null;
  }
  if (style !== undefined && !STYLES.has(style)) {
    problem(ctx, 'UNKNOWN_STYLE', spot + inner.indexOf('|') + 1, inner.length - inner.indexOf('|') - 1, { name: style });
    return null;
  }
  const chosen = (style ?? figure.style) as FigureStyle;
  if (!STYLES_BY_VALUE_TYPE[figure.valueType].includes(chosen)) {
    problem(ctx, 'STYLE_NOT_ALLOWED', spot, inner.length, { name: `${name}|${chosen}` });
    return null;
  }
  // One figure reads the same way throughout a report; growth is a different statement about it, so it is exempt.
  if (chosen !== 'growth') {
    const first = ctx.styles.get(name);
    if (first !== undefined && first !== chosen) problem(ctx, 'STYLE_CONFLICT', spot, inner.length, { name, expected: first });
    else ctx.styles.set(name, chosen);
  }
  return { type: 'figure', name, style: style === undefined ? null : (style as FigureStyle), line: ctx.line, column: spot + 1 };
}

function segmentsOf(ctx: LineCtx, text: string, shift: number): Segment[] {
  const out: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '}') {
      problem(ctx, 'UNOPENED_BRACE', shift + i, 1);
      i += 1;
      continue;
    }
    if (ch !== '{') {
      plain += ch;
      i += 1;
      continue;
    }
    const close = text.indexOf('}', i + 1);
    const reopen = text.indexOf('{', i + 1);
    if (close < 0 || (reopen >= 0 && reopen < close)) {
      problem(ctx, 'UNCLOSED_BRACE', shift + i, 1);
      i += 1;
      continue;
    }
    const seg = placeholder(ctx, text.slice(i + 1, close), shift + i);
    if (seg) {
      if (plain) out.push({ type: 'text', text: plain });
      plain = '';
      out.push(seg);
    }
    i = close + 1;
  }
  if (plain) out.push({ type: 'text', text: plain });
  return out;
}

const MARKERS: [prefix: string, kind: TemplateBlock['kind']][] = [
  ['## ', 'heading2'],
  ['# ', 'heading1'],
  ['= ', 'title'],
];

/** Parses a template text into blocks, collecting every problem with its line, column and offset. */
export function parseTemplate(text: string): ParsedTemplate {
  const problems: TemplateProblem[] = [];
  if (text.length > MAX_TEMPLATE_LENGTH) {
    return { blocks: [], problems: [{ code: 'TOO_LONG', line: 1, column: 1, offset: 0, length: 0 }] };
  }
  const blocks: TemplateBlock[] = [];
  const styles = new Map<string, string>();
  let start = 0;
  let inPart = false;
  const lines = text.split('\n');
  lines.forEach((raw, n) => {
    const ctx: LineCtx = { line: n + 1, start, problems, styles };
    start += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    if (line.trim() === '---') {
      inPart = false;
      blocks.push({ kind: 'closing', line: ctx.line, segments: [] });
      return;
    }
    const [prefix, kind] = MARKERS.find(([p]) => line.startsWith(p)) ?? ['', 'paragraph' as const];
    const body = line.slice(prefix.length);
    if (kind !== 'paragraph' && body.trim() === '') problem(ctx, 'EMPTY_HEADING', 0, line.length);
    if (kind === 'title' && blocks.length > 0) problem(ctx, 'TITLE_NOT_FIRST', 0, prefix.length);
    if (kind === 'heading2' && !inPart) problem(ctx, 'SUBHEADING_OUTSIDE_PART', 0, prefix.length);
    if (kind === 'heading1') inPart = true;
    blocks.push({ kind, line: ctx.line, segments: segmentsOf(ctx, body, prefix.length) });
  });
  if (blocks.length === 0) problems.push({ code: 'EMPTY_TEMPLATE', line: 1, column: 1, offset: 0, length: 0 });
  else if (!blocks.some((b) => b.kind === 'paragraph')) problems.push({ code: 'EMPTY_TEMPLATE', line: 1, column: 1, offset: 0, length: 0 });
  else if (blocks[0]?.kind !== 'title') problems.push({ code: 'NO_TITLE', line: blocks[0]?.line ?? 1, column: 1, offset: 0, length: 0 });
  problems.sort((a, b) => a.offset - b.offset);
  return { blocks, problems };
}

/** The figure names a template places, in order of first appearance. */
export function figuresOf(parsed: ParsedTemplate): string[] {
  const names = new Set<string>();
  for (const b of parsed.blocks) for (const s of b.segments) if (s.type === 'figure' && !CONTEXT.has(s.name)) names.add(s.name);
  return [...names];
}

/** Whether a placeholder name is a context word rather than a figure. */
export function isContextName(name: string): boolean {
  return CONTEXT.has(name);
}
