import type { ColumnType, Generated } from 'kysely';
import type { CorrectionStatus, HoursOutcome } from '../../../../contracts/volunteers/checkin.schemas';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** checkin_geofences: a radius around the venue or an explicit point, for a whole project (slot_id null) or one slot. */
export interface CheckinGeofenceTable {
  id: Generated<number>;
  projectId: number;
  slotId: number | null;
  radiusM: number;
  lng: number | null;
  lat: number | null;
  setBy: number;
  setAt: Timestamp;
}

/** volunteer_checkins: one volunteer's sign-in and sign-out at one slot, with where each was made. */
export interface VolunteerCheckinTable {
  slotId: number;
  volunteerId: number;
  signedInAt: Date;
  inLng: number | null;
  inLat: number | null;
  signedOutAt: Date | null;
  outLng: number | null;
  outLat: number | null;
}

/** slot_completions: a slot closed by its organiser, once, with the people it served. */
export interface SlotCompletionTable {
  slotId: number;
  peopleServed: number;
  completedBy: number;
  completedAt: Timestamp;
}

/** service_hours: what a completed slot counts for each volunteer who held a place in it. */
export interface ServiceHoursTable {
  slotId: number;
  volunteerId: number;
  outcome: HoursOutcome;
  startedAt: Date | null;
  endedAt: Date | null;
  minutes: number;
  points: number;
}

/** hour_corrections: new times proposed with a reason, decided by someone else. */
export interface HourCorrectionTable {
  id: Generated<number>;
  slotId: number;
  volunteerId: number;
  signedInAt: Date;
  signedOutAt: Date;
  reason: string;
  status: Generated<CorrectionStatus>;
  proposedBy: number;
  proposedAt: Timestamp;
  decidedBy: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}

declare module '../../../platform/db/database' {
  interface Database {
    checkinGeofences: CheckinGeofenceTable;
    volunteerCheckins: VolunteerCheckinTable;
    slotCompletions: SlotCompletionTable;
    serviceHours: ServiceHoursTable;
    hourCorrections: HourCorrectionTable;
  }
}
