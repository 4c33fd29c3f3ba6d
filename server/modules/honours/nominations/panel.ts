import type { PanelResult } from '../../../../contracts/honours/nomination.schemas';
import type { PanelCriterion } from '../../../../contracts/honours/title.schemas';

/** A panel trims its extremes only when enough members scored that dropping two still leaves a panel. */
export const TRIM_FROM = 5;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * One member's weighted total: each criterion's share of its maximum times its weight, so the totals of a sheet whose
 * weights sum to 100 read out of 100.
 */
export function sheetTotal(criteria: readonly PanelCriterion[], scores: Readonly<Record<string, number>>): number {
  return round2(criteria.reduce((sum, c) => sum + ((scores[c.key] ?? 0) / c.max) * c.weight, 0));
}

/** The panel's average: every member's total, dropping the highest and the lowest once each when five or more scored. */
export function panelAverage(totals: readonly number[]): { average: number | null; trimmed: boolean } {
  if (totals.length === 0) return { average: null, trimmed: false };
  const sorted = [...totals].sort((a, b) => a - b);
  const trimmed = sorted.length >= TRIM_FROM;
  const kept = trimmed ? sorted.slice(1, -1) : sorted;
  return { average: round2(kept.reduce((s, x) => s + x, 0) / kept.length), trimmed };
}

/** The panel's sheets and average from the stored score rows. */
export function panelResult(
  criteria: readonly PanelCriterion[],
  rows: readonly { panelist: string; criterion: string; score: string | number }[],
): PanelResult {
  const byPanelist = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const sheet = byPanelist.get(r.panelist) ?? {};
    sheet[r.criterion] = Number(r.score);
    byPanelist.set(r.panelist, sheet);
  }
  const sheets = [...byPanelist.entries()].map(([panelist, scores]) => ({ panelist, scores, total: sheetTotal(criteria, scores) }));
  const { average, trimmed } = panelAverage(sheets.map((s) => s.total));
  return { criteria: [...criteria], sheets, average, trimmed };
}
