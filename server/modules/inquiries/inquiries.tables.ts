import type { ColumnType, Generated } from 'kysely';
import type { CategoryAttribute, InquiryKind } from '../../../contracts/inquiries/category.schemas';
import type { InquiryAction, InquiryChannel, InquiryRating, InquiryStatus } from '../../../contracts/inquiries/case.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string | undefined, string>;

/** inquiry_time_limits: the working days a kind of case has to be signed for, answered and at most extended. */
export interface InquiryTimeLimitTable {
  kind: InquiryKind;
  signDays: number;
  replyDays: number;
  maxExtensionDays: number;
}

/** inquiry_categories: what residents choose and Open311 serves, with its kind and extra questions. */
export interface InquiryCategoryTable {
  id: Generated<number>;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: InquiryKind;
  description: Generated<string>;
  attributes: Json<CategoryAttribute[]>;
  active: Generated<boolean>;
  sort: Generated<number>;
}

/** inquiry_routing_rules: (area, category or any) -> the responsible unit. */
export interface InquiryRoutingRuleTable {
  id: Generated<number>;
  areaOrgId: number;
  categoryId: number | null;
  handlerOrgId: number;
  createdBy: number | null;
  createdAt: Generated<Date>;
}

/** inquiry_programmes: a media unit's programme that takes inquiries on air. */
export interface InquiryProgrammeTable {
  id: Generated<number>;
  orgId: number;
  name: string;
  active: Generated<boolean>;
}

/** inquiry_api_clients: third-party apps' Open311 keys, kept as hashes. */
export interface InquiryApiClientTable {
  id: Generated<number>;
  name: string;
  orgId: number;
  keyPrefix: string;
  keyHash: string;
  createdBy: number | null;
  createdAt: Generated<Date>;
  revokedAt: Timestamp | null;
  revokedBy: number | null;
  lastUsedAt: Timestamp | null;
}

/** inquiries: one case from arrival to its rating, with its deadlines and the once-only figures it has written. */
export interface InquiryTable {
  id: Generated<number>;
  caseNo: string;
  lookupCode: string;
  token: string | null;
  channel: InquiryChannel;
  categoryId: number;
  kind: InquiryKind;
  orgId: number;
  handlerOrgId: number | null;
  status: InquiryStatus;
  title: string;
  description: string;
  address: string;
  lat: number | null;
  lng: number | null;
  anonymous: boolean;
  publish: boolean;
  name: string | null;
  phoneEnc: Buffer | null;
  phoneHash: Buffer | null;
  programmeId: number | null;
  airedOn: Day | null;
  apiClientId: number | null;
  attributes: Json<Record<string, string | string[]>>;
  mediaUrl: string | null;
  mediaKey: string | null;
  mediaMime: string | null;
  receivedAt: Timestamp;
  acceptedAt: Timestamp | null;
  dispatchedAt: Timestamp | null;
  signDueOn: Day | null;
  signedAt: Timestamp | null;
  dueOn: Day | null;
  extendedDays: Generated<number>;
  repliedAt: Timestamp | null;
  reply: string | null;
  closedAt: Timestamp | null;
  rejectReason: string | null;
  rating: InquiryRating | null;
  ratingComment: string | null;
  ratedAt: Timestamp | null;
  ratedVia: 'resident' | 'follow_up' | null;
  redoCount: Generated<number>;
  superviseCount: Generated<number>;
  remindedOn: Day | null;
  escalatedOn: Day | null;
  firstReplyOnTime: boolean | null;
  counted: ColumnType<string[], string[] | undefined, string[]>;
  isDemo: Generated<boolean>;
  createdBy: number | null;
}

/** inquiry_events: the history of a case, re-routing and re-categorising included. */
export interface InquiryEventTable {
  id: Generated<number>;
  inquiryId: number;
  action: InquiryAction;
  at: Timestamp;
  userId: number | null;
  note: string | null;
  fromOrgId: number | null;
  toOrgId: number | null;
  fromCategoryId: number | null;
  toCategoryId: number | null;
}

/** inquiry_extensions: a unit's request for more working days and the dispatcher's decision. */
export interface InquiryExtensionTable {
  id: Generated<number>;
  inquiryId: number;
  days: number;
  reason: string;
  status: 'pending' | 'approved' | 'refused';
  requestedBy: number | null;
  requestedAt: Timestamp;
  decidedBy: number | null;
  decidedAt: Timestamp | null;
  decisionNote: string | null;
}

declare module '../../platform/db/database' {
  interface Database {
    inquiryTimeLimits: InquiryTimeLimitTable;
    inquiryCategories: InquiryCategoryTable;
    inquiryRoutingRules: InquiryRoutingRuleTable;
    inquiryProgrammes: InquiryProgrammeTable;
    inquiryApiClients: InquiryApiClientTable;
    inquiries: InquiryTable;
    inquiryEvents: InquiryEventTable;
    inquiryExtensions: InquiryExtensionTable;
  }
}
