import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** notices: a notice to an org's accounts or to one account, posted once per occasion. */
export interface NoticeTable {
  id: Generated<number>;
  occasion: string;
  kind: string;
  orgId: number | null;
  userId: number | null;
  params: ColumnType<Record<string, string | number>, string, string>;
  link: string | null;
  createdAt: Generated<Date>;
}

/** notice_reads: who has read which notice. */
export interface NoticeReadTable {
  noticeId: number;
  userId: number;
  readAt: Timestamp;
}

declare module '../../platform/db/database' {
  interface Database {
    notices: NoticeTable;
    noticeReads: NoticeReadTable;
  }
}
