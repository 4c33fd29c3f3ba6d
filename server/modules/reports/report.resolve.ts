import type { Locale } from '../../../contracts/common/locale';
import { formatMessage } from '../../../contracts/common/locale';
import { FIGURES_BY_NAME, type ContextName, type FigureStyle } from '../../../contracts/reports/figures';
import type { FigureRun, ReportBlock, ReportContent, ReportSection, ReportWarning, Run } from '../../../contracts/reports/report.schemas';
import { figuresOf, isContextName, parseTemplate, type Segment } from '../../../contracts/reports/template-grammar';
import { describeProblem, FIGURE_MISSING_MESSAGES, NO_DATA_MESSAGE } from '../../../contracts/reports/template-messages';
import { type IndicatorValue, type PeriodSpec, periodName, periodRange } from '../../../contracts/stats/indicator.schemas';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { evaluateIndicators, type IndicatorRegistry } from '../stats';
import { chineseNumeral, PhraseBook } from './number-phrase';
import { phraseFigure } from './figure.phrase';
import { contextWord, type ReportOrg } from './report.context';

/** What a report is written from. */
export interface ReportInput {
  org: ReportOrg;
  period: PeriodSpec;
  template: { text: string; sourceOrgId: number | null; version: number };
  locale: Locale;
}

/** Parses a template and refuses it, with every problem at its spot, unless it is clean. */
export function parseOrRefuse(text: string, locale: Locale) {
  const parsed = parseTemplate(text);
  if (parsed.problems.length > 0) {
    const first = parsed.problems[0];
    throw new AppError(
      'REPORTS_TEMPLATE_INVALID',
      { count: parsed.problems.length, first: first ? describeProblem(first, locale) : '' },
      parsed.problems.map((p) => ({ path: `body.text:${p.line}:${p.column}`, message: describeProblem(p, locale) })),
    );
  }
  return parsed;
}

/**
 * Writes a report: evaluates every indicator its template's figures rest on for the org's subtree and the period (and
 * the previous period when a figure asks for growth), words each figure once through one PhraseBook, and numbers the
 * parts "一、" and sub-parts "（一）". Figures without words are kept as missing runs and listed in the warnings; a period
 * in which no counted figure rests on any record says so. The org must be in the caller's view scope.
 */
export async function resolveReport(db: Db, actor: Actor, registry: IndicatorRegistry, input: ReportInput): Promise<ReportContent> {
  const parsed = parseOrRefuse(input.template.text, input.locale);
  const figures = figuresOf(parsed)
    .map((name) => FIGURES_BY_NAME.get(name))
    .filter((f) => f !== undefined);
  const codes = [...new Set(figures.map((f) => f.indicator))];
  const compare = parsed.blocks.some((b) => b.segments.some((s) => s.type === 'figure' && s.style === 'growth'));
  const evaluation =
    codes.length > 0
      ? await evaluateIndicators(db, actor, registry, { orgId: input.org.id, period: input.period, codes, compare })
      : { values: [] as IndicatorValue[] };
  const values = new Map(evaluation.values.map((v) => [v.code, v]));
  const book = new PhraseBook();
  const warned = new Map<string, ReportWarning>();

  const figureRun = (seg: Extract<Segment, { type: 'figure' }>): Run => {
    if (isContextName(seg.name)) return { type: 'text', text: contextWord(seg.name as ContextName, input.org, input.period) };
    const def = FIGURES_BY_NAME.get(seg.name);
    const v = def ? values.get(def.indicator) : undefined;
    if (!def || !v) throw new Error(`figure ${seg.name} has no indicator value`);
    const style: FigureStyle = seg.style ?? def.style;
    const amount = { value: v.value, previous: v.previous?.value ?? null, recordCount: v.recordCount, labels: v.labels };
    const phrased = v.missing !== null ? { text: null, missing: v.missing } : phraseFigure(book, def, style, amount);
    const label = input.locale === 'zh-CN' ? def.labelZh : def.labelEn;
    if (phrased.missing && !warned.has(def.name)) {
      warned.set(def.name, {
        code: 'FIGURE_MISSING',
        figure: def.name,
        reason: phrased.missing,
        message: formatMessage(FIGURE_MISSING_MESSAGES[phrased.missing][input.locale], { label }),
      });
    }
    const run: FigureRun = {
      type: 'figure',
      name: def.name,
      label,
      kind: def.kind,
      style,
      text: phrased.text,
      value: v.value,
      previous: v.previous?.value ?? null,
      recordCount: v.recordCount,
      missing: phrased.missing,
      drills: v.drills,
      links: v.links,
    };
    return run;
  };
  const runsOf = (segments: readonly Segment[]): Run[] => segments.map((s) => (s.type === 'text' ? { type: 'text', text: s.text } : figureRun(s)));

  let title: Run[] = [];
  const sections: ReportSection[] = [{ heading: null, blocks: [] }];
  let parts = 0;
  let subParts = 0;
  for (const block of parsed.blocks) {
    const current = sections[sections.length - 1] as ReportSection;
    if (block.kind === 'title') title = runsOf(block.segments);
    else if (block.kind === 'heading1') {
      parts += 1;
      subParts = 0;
      sections.push({ heading: { number: `${chineseNumeral(parts)}、`, runs: runsOf(block.segments) }, blocks: [] });
    } else if (block.kind === 'closing') sections.push({ heading: null, blocks: [] });
    else {
      if (block.kind === 'heading2') subParts += 1;
      const out: ReportBlock = { kind: block.kind, number: block.kind === 'heading2' ? `（${chineseNumeral(subParts)}）` : null, runs: runsOf(block.segments) };
      current.blocks.push(out);
    }
  }

  const counted = evaluation.values.filter((v) => registry.get(v.code)?.formula.op !== 'registry');
  const noData = counted.length > 0 ? counted.every((v) => v.recordCount === 0) : figures.length > 0 && warned.size === figures.length;
  const name = periodName(input.period);
  const warnings = [...warned.values()];
  if (noData) warnings.unshift({ code: 'NO_DATA', message: formatMessage(NO_DATA_MESSAGE[input.locale], { org: input.org.name, period: name }) });
  const range = periodRange(input.period);
  return {
    orgId: input.org.id,
    orgName: input.org.name,
    period: input.period,
    periodName: name,
    from: range.from,
    to: range.to,
    title,
    sections: sections.filter((s) => s.heading !== null || s.blocks.length > 0),
    noData,
    warnings,
    template: { sourceOrgId: input.template.sourceOrgId, version: input.template.version },
  };
}
