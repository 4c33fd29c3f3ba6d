import { type Kysely, sql } from 'kysely';

/**
 * Attendance of study sessions: one line per member of the session's group, present or away with a reason, and whether
 * they spoke in the discussion (研讨发言). The session record's attendee count is derived from it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table study_session_attendance (
      activity_id integer not null references activities (id),
      member_id integer not null references study_group_members (id),
      present boolean not null,
      absence_reason varchar(100),
      spoke boolean not null default false,
      primary key (activity_id, member_id),
      check (present or (absence_reason is not null and not spoke))
    );
    create index study_session_attendance_member_idx on study_session_attendance (member_id);
  `.execute(db);
}
