import type { ColumnType, Generated } from 'kysely';
import type { IdType, Sex, VolunteerStatus } from '../../../contracts/volunteers/volunteer.schemas';
import type { MemberRole, MemberStatus, TeamKind, TeamStatus } from '../../../contracts/volunteers/team.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;

/** volunteers: one person each (unique ID-number hash); ID number and phones SM4-encrypted, owned by the home community. */
export interface VolunteerTable {
  id: Generated<number>;
  volunteerNo: string;
  name: string;
  sex: Sex;
  birthDate: DateString;
  idType: IdType;
  idNumberEnc: Buffer;
  idNumberHash: Buffer;
  phoneEnc: Buffer;
  phoneHash: Buffer;
  skills: string[];
  homeOrgId: number;
  consentAt: Timestamp;
  consentVersion: string;
  guardianName: string | null;
  guardianPhoneEnc: Buffer | null;
  guardianConsentAt: Date | null;
  status: Generated<VolunteerStatus>;
  deletionRequestedAt: Date | null;
  userId: number | null;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** volunteer_teams: a team owned by an org, active until dissolved. */
export interface VolunteerTeamTable {
  id: Generated<number>;
  kind: TeamKind;
  orgId: number;
  name: string;
  description: string;
  status: Generated<TeamStatus>;
  foundedOn: DateString;
  dissolvedOn: string | null;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** team_members: one row per team and volunteer, from the join request to approval, rejection or leaving. */
export interface TeamMemberTable {
  teamId: number;
  volunteerId: number;
  role: Generated<MemberRole>;
  status: MemberStatus;
  requestedBy: number;
  requestedAt: Timestamp;
  decidedBy: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}

declare module '../../platform/db/database' {
  interface Database {
    volunteers: VolunteerTable;
    volunteerTeams: VolunteerTeamTable;
    teamMembers: TeamMemberTable;
  }
}
