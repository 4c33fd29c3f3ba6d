import type { ColumnType, Generated } from 'kysely';
import type { FirstAgendaDocument, FirstAgendaSource } from '../../../contracts/theory/first-agenda.schemas';
import type { StudyGroupLevel } from '../../../contracts/theory/study-group.schemas';
import './lectures/lectures.tables';
import './exams/exams.tables';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** study_group_level_minimums: the yearly minimum of collective sessions for groups of a level. */
export interface StudyGroupLevelMinimumTable {
  level: StudyGroupLevel;
  minimum: number;
  updatedBy: number | null;
  updatedAt: Timestamp;
}

/** study_groups: the theory study group of a Party committee or Party group, owned by its org. */
export interface StudyGroupTable {
  id: Generated<number>;
  orgId: number;
  level: StudyGroupLevel;
  name: string;
  minimumOverride: number | null;
  active: Generated<boolean>;
  version: Generated<number>;
  /** Generated demo data, labelled so it is never taken for a real record. */
  isDemo: Generated<boolean>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** study_group_members: a member of a group, a user account optional; one secretary per group at most. */
export interface StudyGroupMemberTable {
  id: Generated<number>;
  groupId: number;
  name: string;
  post: string;
  userId: number | null;
  isSecretary: boolean;
  active: Generated<boolean>;
  createdAt: Timestamp;
}

/** study_plan_topics: one topic of a group's yearly plan, in its month and place. */
export interface StudyPlanTopicTable {
  groupId: number;
  year: number;
  month: number;
  position: number;
  topic: string;
}

/** study_session_attendance: a member's attendance at one study session, with an absence's reason and whether they spoke. */
export interface StudySessionAttendanceTable {
  activityId: number;
  memberId: number;
  present: boolean;
  absenceReason: string | null;
  spoke: boolean;
}

/** first_agenda_items: an item an org publishes for every Party committee beneath it to study first, by its deadline. */
export interface FirstAgendaItemTable {
  id: Generated<number>;
  orgId: number;
  title: string;
  source: FirstAgendaSource;
  deliveredOn: ColumnType<string, string, string>;
  issuedOn: ColumnType<string, string, string>;
  deadlineWorkingDays: number;
  dueOn: ColumnType<string, string, string>;
  documents: ColumnType<FirstAgendaDocument[], string | undefined, string>;
  withdrawn: Generated<boolean>;
  withdrawnReason: string | null;
  version: Generated<number>;
  /** Generated demo data, labelled so it is never taken for a real record. */
  isDemo: Generated<boolean>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

declare module '../../platform/db/database' {
  interface Database {
    studyGroupLevelMinimums: StudyGroupLevelMinimumTable;
    studyGroups: StudyGroupTable;
    studyGroupMembers: StudyGroupMemberTable;
    studyPlanTopics: StudyPlanTopicTable;
    studySessionAttendance: StudySessionAttendanceTable;
    firstAgendaItems: FirstAgendaItemTable;
  }
}
