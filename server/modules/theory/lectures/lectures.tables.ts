import type { ColumnType, Generated } from 'kysely';
import type { LectureMode, LecturerLevel, TroupeKind } from '../../../../contracts/theory/lecture.schemas';
import type { LectureRequestAction, LectureRequestStatus } from '../../../../contracts/theory/lecture-request.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;

/** lecture_troupes: a lecture troupe of an org, by kind. */
export interface LectureTroupeTable {
  id: Generated<number>;
  orgId: number;
  kind: TroupeKind;
  name: string;
  description: Generated<string>;
  active: Generated<boolean>;
  version: Generated<number>;
  /** Generated demo data, labelled so it is never taken for a real record. */
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** lecturers: a lecturer of an org with their level, topics and troupe, and the account they accept requests with. */
export interface LecturerTable {
  id: Generated<number>;
  orgId: number;
  name: string;
  post: Generated<string>;
  level: LecturerLevel;
  troupeId: number | null;
  topics: ColumnType<string[], string | undefined, string>;
  userId: number | null;
  active: Generated<boolean>;
  version: Generated<number>;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** lecture_menu_items: an item of an org's topic menu (宣讲菜单). */
export interface LectureMenuItemTable {
  id: Generated<number>;
  orgId: number;
  title: string;
  summary: Generated<string>;
  troupeId: number | null;
  lecturerId: number | null;
  modes: ColumnType<LectureMode[], string | undefined, string>;
  active: Generated<boolean>;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** lecture_requests: an order of a lecture from a menu, through dispatch, acceptance and delivery as a lecture record. */
export interface LectureRequestTable {
  id: Generated<number>;
  trackingCode: string;
  orgId: number;
  menuItemId: number;
  topic: string;
  channel: 'public' | 'staff';
  requesterName: string;
  unit: string;
  phoneEnc: Buffer;
  phoneHash: Buffer;
  place: string;
  wishedOn: Day;
  expectedAudience: number | null;
  note: string;
  status: LectureRequestStatus;
  troupeId: number | null;
  lecturerId: number | null;
  activityId: number | null;
  requestedAt: Timestamp;
  dispatchedAt: Timestamp | null;
  acceptedAt: Timestamp | null;
  deliveredAt: Timestamp | null;
  rejectReason: string | null;
  rating: number | null;
  ratingComment: string | null;
  ratedAt: Timestamp | null;
  isDemo: Generated<boolean>;
  createdBy: number | null;
}

/** lecture_request_events: one step of a request's history. */
export interface LectureRequestEventTable {
  id: Generated<number>;
  requestId: number;
  action: LectureRequestAction;
  at: Timestamp;
  userId: number | null;
  note: string | null;
}

declare module '../../../platform/db/database' {
  interface Database {
    lectureTroupes: LectureTroupeTable;
    lecturers: LecturerTable;
    lectureMenuItems: LectureMenuItemTable;
    lectureRequests: LectureRequestTable;
    lectureRequestEvents: LectureRequestEventTable;
  }
}
