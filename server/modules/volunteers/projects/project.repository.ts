import type { ProjectListQuery } from '../../../../contracts/volunteers/project.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { Actor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { orgInScope, type ScopeKind } from '../../identity';
import './projects.tables';
import '../volunteers.tables';

function base(db: Db) {
  return db
    .selectFrom('serviceProjects as p')
    .innerJoin('orgs', 'orgs.id', 'p.orgId')
    .leftJoin('volunteerTeams as t', 't.id', 'p.teamId')
    .leftJoin('venues as v', 'v.id', 'p.venueId')
    .select([
      'p.id',
      'p.orgId',
      'orgs.name as orgName',
      'p.teamId',
      't.name as teamName',
      'p.venueId',
      'v.name as venueName',
      'p.title',
      'p.category',
      'p.description',
      'p.minAge',
      'p.skills',
      'p.status',
      'p.createdAt',
    ]);
}

/** A project row as read for the API. */
export type ProjectRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** One project owned within the actor's scope of `kind`. */
export function findProject(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<ProjectRow | undefined> {
  return base(db)
    .where('p.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('p.orgId'), actor, kind))
    .executeTakeFirst();
}

/** One project whatever the caller's scope: volunteers sign up for projects anywhere in the city. */
export function findProjectById(db: Db, id: number): Promise<ProjectRow | undefined> {
  return base(db).where('p.id', '=', id).executeTakeFirst();
}

/** A project the actor may change: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
export async function projectForChange(db: Db, actor: Actor, id: number): Promise<ProjectRow> {
  const row = await findProject(db, actor, 'entry', id);
  if (row) return row;
  if (await findProject(db, actor, 'view', id)) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('COMMON_NOT_FOUND');
}

/** A page of projects owned within the actor's view, filtered, newest first. */
export async function findProjectPage(db: Db, actor: Actor, q: ProjectListQuery): Promise<{ rows: ProjectRow[]; total: number }> {
  let query = base(db).where((eb) => orgInScope(eb, eb.ref('p.orgId'), actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where('p.orgId', 'in', db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', q.orgId).where('validTo', 'is', null));
  }
  if (q.teamId !== undefined) query = query.where('p.teamId', '=', q.teamId);
  if (q.category !== undefined) query = query.where('p.category', '=', q.category);
  if (q.status !== undefined) query = query.where('p.status', '=', q.status);
  if (q.q) query = query.where('p.title', 'ilike', containsPattern(q.q));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('p.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}

/** The slots of some projects with their confirmed and waiting counts, in time order. */
export function findSlots(db: Db, projectIds: number[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('projectSlots as sl')
    .select((eb) => {
      const live = (status: 'confirmed' | 'waiting') =>
        eb
          .selectFrom('slotSignups as s')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('s.slotId', '=', 'sl.id')
          .where('s.status', '=', status);
      return ['sl.id', 'sl.projectId', 'sl.startsAt', 'sl.endsAt', 'sl.headcount', live('confirmed').as('confirmed'), live('waiting').as('waiting')];
    })
    .where('sl.projectId', 'in', projectIds)
    .orderBy('sl.startsAt')
    .orderBy('sl.id')
    .execute();
}

/** A slot of a project, locked so that its places are counted and given out one request at a time. */
export function lockSlot(db: Db, projectId: number, slotId: number) {
  return db
    .selectFrom('projectSlots')
    .select(['id', 'startsAt', 'endsAt', 'headcount'])
    .where('id', '=', slotId)
    .where('projectId', '=', projectId)
    .forUpdate()
    .executeTakeFirst();
}

/** A volunteer, locked so that two sign-ups of one person at once cannot both pass the clash check. */
export function lockVolunteer(db: Db, id: number) {
  return db.selectFrom('volunteers').select(['id', 'status', 'birthDate', 'skills']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** A live sign-up of the volunteer whose slot overlaps [startsAt, endsAt), with its project's title. */
export function findClash(db: Db, volunteerId: number, startsAt: Date, endsAt: Date) {
  return db
    .selectFrom('slotSignups as s')
    .innerJoin('projectSlots as sl', 'sl.id', 's.slotId')
    .innerJoin('serviceProjects as p', 'p.id', 'sl.projectId')
    .select(['p.title', 'sl.startsAt', 'sl.endsAt'])
    .where('s.volunteerId', '=', volunteerId)
    .where('s.status', 'in', ['confirmed', 'waiting'])
    .where('sl.startsAt', '<', endsAt)
    .where('sl.endsAt', '>', startsAt)
    .orderBy('sl.startsAt')
    .limit(1)
    .executeTakeFirst();
}

/** The live (confirmed or waiting) sign-up of a volunteer for a slot. */
export function findLiveSignup(db: Db, slotId: number, volunteerId: number) {
  return db
    .selectFrom('slotSignups')
    .select(['id', 'status'])
    .where('slotId', '=', slotId)
    .where('volunteerId', '=', volunteerId)
    .where('status', 'in', ['confirmed', 'waiting'])
    .executeTakeFirst();
}

/** How many places of a slot are confirmed. */
export async function countConfirmed(db: Db, slotId: number): Promise<number> {
  const row = await db
    .selectFrom('slotSignups')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('slotId', '=', slotId)
    .where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The first on a slot's waiting list, who moves up when a place frees. */
export function firstWaiting(db: Db, slotId: number) {
  return db
    .selectFrom('slotSignups')
    .select(['id', 'volunteerId'])
    .where('slotId', '=', slotId)
    .where('status', '=', 'waiting')
    .orderBy('signedUpAt')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** A slot's sign-ups with names, live ones first in order of signing up. */
export function findSignups(db: Db, slotId: number) {
  return db
    .selectFrom('slotSignups as s')
    .innerJoin('volunteers as v', 'v.id', 's.volunteerId')
    .select(['s.id', 's.slotId', 's.volunteerId', 'v.volunteerNo', 'v.name', 's.status', 's.signedUpAt'])
    .where('s.slotId', '=', slotId)
    .orderBy('s.signedUpAt')
    .orderBy('s.id')
    .execute();
}

/** Projects still recruiting whose org is the given community or one above it: what a volunteer there can sign up for. */
export function findRecruitingAbove(db: Db, orgId: number, limit = 50): Promise<ProjectRow[]> {
  return base(db)
    .where('p.status', '=', 'recruiting')
    .where('p.orgId', 'in', db.selectFrom('orgClosure').select('ancestorId').where('descendantId', '=', orgId).where('validTo', 'is', null))
    .orderBy('p.createdAt', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit)
    .execute();
}
