import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Locale } from '../../../contracts/common/locale';
import type { ReportContent, ReportWarning } from '../../../contracts/reports/report.schemas';
import type { PeriodKind } from '../../../contracts/stats/indicator.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

/** report_template_versions: every saved version of an org's report template; the latest one is in force. */
export interface ReportTemplateVersionTable {
  id: Generated<number>;
  orgId: number;
  version: number;
  body: string;
  note: string;
  restoredDefault: boolean;
  createdBy: number;
  createdAt: Timestamp;
}

/** report_jobs: one generation of a report, its progress, and once done its content and Word file. */
export interface ReportJobTable {
  id: Generated<number>;
  orgId: number;
  periodKind: PeriodKind;
  periodYear: number;
  periodIndex: number | null;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  progress: Generated<number>;
  locale: Locale;
  templateOrgId: number | null;
  templateVersion: Generated<number>;
  content: Json<ReportContent | null> | null;
  warnings: ColumnType<ReportWarning[], string | undefined, string>;
  docx: Buffer | null;
  error: string | null;
  createdBy: number;
  createdAt: Timestamp;
  startedAt: Date | null;
  finishedAt: Date | null;
}

declare module '../../platform/db/database' {
  interface Database {
    reportTemplateVersions: ReportTemplateVersionTable;
    reportJobs: ReportJobTable;
  }
}

/** A selected job row. */
export type ReportJobRow = Selectable<ReportJobTable>;
