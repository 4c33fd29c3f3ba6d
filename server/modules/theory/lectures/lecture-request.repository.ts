import type { LectureRequestAction } from '../../../../contracts/theory/lecture-request.schemas';
import type { Db } from '../../../platform/db/database';
import '../theory.tables';

/** The request columns every view reads, with the names of its org, troupe, lecturer and the record's status. */
export function requestBase(db: Db) {
  return db
    .selectFrom('lectureRequests as r')
    .innerJoin('orgs', 'orgs.id', 'r.orgId')
    .leftJoin('lectureTroupes as t', 't.id', 'r.troupeId')
    .leftJoin('lecturers as l', 'l.id', 'r.lecturerId')
    .leftJoin('activities as a', 'a.id', 'r.activityId')
    .selectAll('r')
    .select(['orgs.name as orgName', 't.name as troupeName', 'l.name as lecturerName', 'a.status as recordStatus']);
}

/** A request row as read for the views. */
export type LectureRequestRow = Awaited<ReturnType<ReturnType<typeof requestBase>['executeTakeFirstOrThrow']>>;

function requestState(db: Db, id: number) {
  return db
    .selectFrom('lectureRequests')
    .select(['id', 'orgId', 'status', 'troupeId', 'lecturerId', 'topic', 'dispatchedAt', 'rating'])
    .where('id', '=', id);
}

/** Locks a request for a step, so two steps on it never interleave. */
export function lockRequest(db: Db, id: number) {
  return requestState(db, id).forUpdate().executeTakeFirst();
}

/** Reads where a request stands without locking it, for checks made before a step's transaction opens. */
export function findRequestState(db: Db, id: number) {
  return requestState(db, id).executeTakeFirst();
}

/** A locked request. */
export type LockedRequest = NonNullable<Awaited<ReturnType<typeof lockRequest>>>;

/** Appends a step to a request's history. */
export async function addRequestEvent(
  db: Db,
  e: { requestId: number; action: LectureRequestAction; at: Date; userId: number | null; note?: string | null },
): Promise<void> {
  await db
    .insertInto('lectureRequestEvents')
    .values({ ...e, note: e.note ?? null })
    .execute();
}

/** A request's history, oldest first, with who took each step. */
export function findRequestEvents(db: Db, requestId: number) {
  return db
    .selectFrom('lectureRequestEvents as e')
    .leftJoin('users as u', 'u.id', 'e.userId')
    .select(['e.action', 'e.at', 'u.displayName as by', 'e.note'])
    .where('e.requestId', '=', requestId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/** The active lecturer a user account speaks as, if any. */
export function lecturerOfUser(db: Db, userId: number) {
  return db.selectFrom('lecturers').select(['id', 'orgId', 'name', 'troupeId']).where('userId', '=', userId).where('active', '=', true).executeTakeFirst();
}
