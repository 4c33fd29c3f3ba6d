import type { ContextName } from '../../../contracts/reports/figures';
import { type PeriodSpec, periodName } from '../../../contracts/stats/indicator.schemas';

/** The org a report is about, as the context words need it. */
export interface ReportOrg {
  id: number;
  name: string;
  shortName: string | null;
  level: 'city' | 'county' | 'township' | 'village';
}

// A county-level unit names itself after what it is: 区 (district), 县 (county) or 市 (county-level city).
function areaChar(org: ReportOrg): string {
  if (org.level === 'city') return '市';
  const name = org.name;
  if (org.level === 'county') return name.endsWith('区') ? '区' : name.endsWith('县') ? '县' : '市';
  if (org.level === 'township') return name.endsWith('街道') ? '街道' : name.endsWith('乡') ? '乡' : '镇';
  return name.endsWith('社区') ? '社区' : '村';
}

/** The words of a context placeholder: "全市", "我区", "2023年上半年", "2024". */
export function contextWord(name: ContextName, org: ReportOrg, period: PeriodSpec): string {
  switch (name) {
    case 'org_name':
      return org.name;
    case 'org_area':
      return `全${areaChar(org)}`;
    case 'org_self':
      return `我${areaChar(org)}`;
    case 'period':
      return periodName(period);
    case 'year':
      return String(period.year);
    case 'next_year':
      return String(period.year + 1);
  }
}

/** The period of a job row. */
export function periodOf(r: { periodKind: PeriodSpec['kind']; periodYear: number; periodIndex: number | null }): PeriodSpec {
  return r.periodIndex === null ? { kind: r.periodKind, year: r.periodYear } : { kind: r.periodKind, year: r.periodYear, index: r.periodIndex };
}
