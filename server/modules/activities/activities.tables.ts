import type { ColumnType, Generated, Selectable } from 'kysely';
import type { ActivityStatus } from '../../../contracts/activities/activity.schemas';
import type { ActivityCategory } from '../../../contracts/activities/activity-type.schemas';
import type { FieldDeclaration, FieldValues, MeasureRule, ReferenceSnapshots } from '../../../contracts/activities/field-declaration';
import type { ImportRowError, ImportStatus } from '../../../contracts/activities/import.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

/** activity_types: what can be recorded, its fields and the measures it feeds; rows are data admins change. */
export interface ActivityTypeTable {
  code: string;
  nameZh: string;
  nameEn: string;
  category: ActivityCategory;
  fields: Json<FieldDeclaration[]>;
  measures: Json<MeasureRule[]>;
  active: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** activities: one recorded piece of work owned by one org; only approved rows reach the statistics. */
export interface ActivityTable {
  id: Generated<number>;
  typeCode: string;
  orgId: number;
  venueId: number | null;
  title: string;
  startsAt: Timestamp;
  endsAt: Timestamp;
  fields: Json<FieldValues>;
  /** What the record's reference fields pointed at when it was saved. */
  refs: ColumnType<ReferenceSnapshots, string | undefined, string>;
  status: Generated<ActivityStatus>;
  returnReason: string | null;
  version: Generated<number>;
  createdBy: number;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewedBy: number | null;
  /** Generated demo data, labelled so it is never mistaken for real work. */
  isDemo: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** activity_history: every change of a record, one row per version it reached. */
export interface ActivityHistoryTable {
  activityId: number;
  version: number;
  at: Timestamp;
  userId: number;
  username: string;
  action: string;
  reason: string | null;
  changes: Json<Record<string, unknown>>;
}

/** activity_attachments: evidence files of a record; the bytes live in the file storage under storage_key. */
export interface ActivityAttachmentTable {
  id: Generated<number>;
  activityId: number;
  storageKey: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: number;
  uploadedAt: Timestamp;
}

/** activity_imports: one xlsx import job, polled by the user who started it. */
export interface ActivityImportTable {
  id: string;
  typeCode: string;
  filename: string;
  status: ImportStatus;
  totalRows: Generated<number>;
  processedRows: Generated<number>;
  importedRows: Generated<number>;
  errors: Json<ImportRowError[]>;
  errorCount: Generated<number>;
  failure: string | null;
  submit: boolean;
  createdBy: number;
  createdAt: Timestamp;
  finishedAt: Date | null;
  /** The uploaded workbook, kept until the job ends so a retry after a crash can read it again. */
  workbook: Buffer | null;
}

declare module '../../platform/db/database' {
  interface Database {
    activityTypes: ActivityTypeTable;
    activities: ActivityTable;
    activityHistory: ActivityHistoryTable;
    activityAttachments: ActivityAttachmentTable;
    activityImports: ActivityImportTable;
  }
}

/** A selected activity type row. */
export type ActivityTypeRow = Selectable<ActivityTypeTable>;
/** A selected activity row. */
export type ActivityRow = Selectable<ActivityTable>;
