import type { ColumnType, Generated } from 'kysely';
import type { ProjectStoredStatus, ServiceCategory, SignupStatus } from '../../../../contracts/volunteers/project.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** service_projects: a project an org publishes, optionally run by a team at a venue, with its requirements. */
export interface ServiceProjectTable {
  id: Generated<number>;
  orgId: number;
  teamId: number | null;
  venueId: number | null;
  title: string;
  category: ServiceCategory;
  description: string;
  minAge: number | null;
  skills: string[];
  status: Generated<ProjectStoredStatus>;
  createdBy: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** project_slots: one time slot of a project and the volunteers it needs. */
export interface ProjectSlotTable {
  id: Generated<number>;
  projectId: number;
  startsAt: ColumnType<Date, Date | string, Date | string>;
  endsAt: ColumnType<Date, Date | string, Date | string>;
  headcount: number;
}

/** slot_signups: a volunteer's place in a slot, confirmed or waiting in order of signing up, or cancelled. */
export interface SlotSignupTable {
  id: Generated<number>;
  slotId: number;
  volunteerId: number;
  status: SignupStatus;
  signedUpBy: number;
  signedUpAt: Timestamp;
  promotedAt: Date | null;
  cancelledBy: number | null;
  cancelledAt: Date | null;
}

declare module '../../../platform/db/database' {
  interface Database {
    serviceProjects: ServiceProjectTable;
    projectSlots: ProjectSlotTable;
    slotSignups: SlotSignupTable;
  }
}
