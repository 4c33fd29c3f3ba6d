import type { ColumnType, Generated } from 'kysely';
import type { NominationChannel, NominationStatus } from '../../../contracts/honours/nomination.schemas';
import type { PanelCriterion, ReviewStage, TitleKind, TitleLevel } from '../../../contracts/honours/title.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string | undefined, string>;

/** honour_titles: a title as data, with its level, cycle, notice and panel rules and review stages. */
export interface HonourTitleTable {
  id: Generated<number>;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: TitleKind;
  level: TitleLevel;
  nomineeAward: Generated<boolean>;
  cycleKind: 'year' | 'batch';
  noticeDays: number | null;
  panel: Generated<boolean>;
  stages: ColumnType<ReviewStage[], ReviewStage[] | undefined, ReviewStage[]>;
  measureWord: Generated<string>;
  active: Generated<boolean>;
  createdAt: Generated<Date>;
}

/** honour_cycles: a year or batch of a title, its nomination window and panel criteria. */
export interface HonourCycleTable {
  id: Generated<number>;
  titleId: number;
  name: string;
  year: number;
  opensOn: Day;
  closesOn: Day;
  criteria: Json<PanelCriterion[]>;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Generated<Date>;
}

/** honour_files: an uploaded photo or scan, claimed by the record that keeps it. */
export interface HonourFileTable {
  id: Generated<number>;
  token: string;
  storageKey: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedBy: number | null;
  uploadedAt: Generated<Date>;
  ownerKind: 'nomination' | 'objection' | 'role_model' | 'honour' | null;
  ownerId: number | null;
}

/** public_notices: the notice (公示) of a cycle's approved nominations over a window of working days. */
export interface PublicNoticeTable {
  id: Generated<number>;
  cycleId: number;
  orgId: number;
  startsOn: Day;
  endsOn: Day;
  workingDays: number;
  publishedBy: number | null;
  publishedAt: Generated<Date>;
}

/** nominations: one nomination of a person for a title's cycle, with its personal data sealed. */
export interface NominationTable {
  id: Generated<number>;
  trackingCode: string;
  cycleId: number;
  titleId: number;
  orgId: number;
  channel: NominationChannel;
  nomineeName: string;
  nomineeUnit: string;
  nomineeIdEnc: Buffer | null;
  nomineeIdHash: Buffer | null;
  nomineePhoneEnc: Buffer | null;
  nameKey: Buffer;
  deeds: string;
  summary: string;
  consent: boolean;
  consentNote: string;
  nominatorName: string;
  nominatorUnit: string;
  nominatorPhoneEnc: Buffer | null;
  nominatorPhoneHash: Buffer | null;
  status: NominationStatus;
  stage: number;
  returnReason: string | null;
  noticeId: number | null;
  version: Generated<number>;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** nomination_events: one step of a nomination's history. */
export interface NominationEventTable {
  id: Generated<number>;
  nominationId: number;
  action: string;
  stage: string | null;
  note: string | null;
  userId: number | null;
  at: Timestamp;
}

/** nomination_scores: one panel member's score on one criterion. */
export interface NominationScoreTable {
  nominationId: number;
  panelist: string;
  criterion: string;
  score: ColumnType<string, number, number>;
  enteredBy: number | null;
  enteredAt: Generated<Date>;
}

/** notice_objections: a resident's objection to a candidate on notice, and its answer. */
export interface NoticeObjectionTable {
  id: Generated<number>;
  trackingCode: string;
  noticeId: number;
  nominationId: number;
  objectorName: string;
  objectorPhoneEnc: Buffer;
  objectorPhoneHash: Buffer;
  reason: string;
  status: 'open' | 'upheld' | 'dismissed';
  answer: string | null;
  answeredBy: number | null;
  answeredAt: Timestamp | null;
  createdAt: Generated<Date>;
}

/** role_models: a person holding a title, from a decided nomination or entered from before. */
export interface RoleModelTable {
  id: Generated<number>;
  titleId: number;
  cycleId: number | null;
  nominationId: number | null;
  orgId: number;
  personName: string;
  unit: string;
  idHash: Buffer | null;
  nameKey: Buffer;
  awardedOn: Day;
  documentNo: string;
  summary: string;
  revokedOn: Day | null;
  revokedReason: string | null;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Generated<Date>;
}

/** role_model_pairings: a role model paired with a school for a period. */
export interface RoleModelPairingTable {
  id: Generated<number>;
  roleModelId: number;
  schoolOrgId: number;
  startsOn: Day;
  endsOn: Day | null;
  note: string;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Generated<Date>;
}

/** star_criteria: an org's star household criteria, one star each. */
export interface StarCriteriaTable {
  orgId: number;
  items: Json<{ key: string; name: string }[]>;
  updatedBy: number | null;
  updatedAt: Timestamp;
}

/** star_households: a household's claim or rating in a year. */
export interface StarHouseholdTable {
  id: Generated<number>;
  orgId: number;
  year: number;
  household: string;
  address: string;
  householdKey: string;
  source: 'claim' | 'rating';
  claimed: Json<string[]>;
  confirmed: Json<string[] | null>;
  stars: number | null;
  status: 'claimed' | 'rated';
  reviewedBy: number | null;
  reviewedAt: Timestamp | null;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Generated<Date>;
}

/** honour_categories: a category of the honours register and how the report counts it. */
export interface HonourCategoryTable {
  code: string;
  nameZh: string;
  nameEn: string;
  counting: 'count' | 'rank' | 'names';
  timeWindow: 'period' | 'held';
  labelFrom: 'name' | 'subject' | 'citation';
  indicatorCode: string | null;
  measureWord: Generated<string>;
  active: Generated<boolean>;
  createdAt: Generated<Date>;
}

/** honours: an honour, designation, rank or award an outside body gave. */
export interface HonourTable {
  id: Generated<number>;
  categoryCode: string;
  orgId: number;
  name: string;
  giver: string;
  level: 'national' | 'provincial' | 'city';
  awardedOn: Day;
  rank: number | null;
  subjectKind: 'org' | 'venue' | 'work' | 'team' | 'project' | 'person';
  subjectName: string;
  venueId: number | null;
  citation: string | null;
  documentNo: string;
  revokedOn: Day | null;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Generated<Date>;
}

/** reading_ambassadors: a person the city appointed to promote reading. */
export interface ReadingAmbassadorTable {
  id: Generated<number>;
  orgId: number;
  name: string;
  profession: string;
  appointedOn: Day;
  endsOn: Day | null;
  isDemo: Generated<boolean>;
  createdBy: number | null;
  createdAt: Generated<Date>;
}

declare module '../../platform/db/database' {
  interface Database {
    honourTitles: HonourTitleTable;
    honourCycles: HonourCycleTable;
    honourFiles: HonourFileTable;
    publicNotices: PublicNoticeTable;
    nominations: NominationTable;
    nominationEvents: NominationEventTable;
    nominationScores: NominationScoreTable;
    noticeObjections: NoticeObjectionTable;
    roleModels: RoleModelTable;
    roleModelPairings: RoleModelPairingTable;
    starCriteria: StarCriteriaTable;
    starHouseholds: StarHouseholdTable;
    honourCategories: HonourCategoryTable;
    honours: HonourTable;
    readingAmbassadors: ReadingAmbassadorTable;
  }
}
