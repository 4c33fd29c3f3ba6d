import type { Page } from '../../../../contracts/common/pagination';
import { ageOn } from '../../../../contracts/volunteers/resident-id';
import {
  GUARDIAN_AGE,
  type IdType,
  type Volunteer,
  type VolunteerCreate,
  type VolunteerListQuery,
  type VolunteerReveal,
} from '../../../../contracts/volunteers/volunteer.schemas';
import { maskIdNumber, maskPhone } from '../../../platform/crypto/personal-data';
import type { Db } from '../../../platform/db/database';
import { isUniqueViolation } from '../../../platform/db/errors';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { localDate } from '../../../platform/time';
import { type AuditActor, assertOrgInScope, auditActorOf, recordAudit } from '../../identity';
import { type EstablishedIdentity, establishIdentity } from './volunteer.identity';
import {
  cityCodeOf,
  findByIdNumberHash,
  findVolunteer,
  findVolunteerOfUser,
  findVolunteerPage,
  nextVolunteerSeq,
  type VolunteerHashFilters,
  type VolunteerRow,
} from './volunteer.repository';
import type { VolunteersDeps } from '../volunteers.deps';

const iso = (d: Date | string) => new Date(d).toISOString();

function today(deps: VolunteersDeps): string {
  return localDate(new Date(), deps.config.timezone);
}

/** The keyed hash that makes one ID document one volunteer; the type keeps a passport from matching a resident ID. */
export function idNumberHash(deps: VolunteersDeps, idType: IdType, idNumber: string): Buffer {
  return deps.cipher.lookupHash(`${idType}:${idNumber.trim().toUpperCase()}`);
}

function toVolunteer(deps: VolunteersDeps, r: VolunteerRow): Volunteer {
  const guardian =
    r.guardianName && r.guardianPhoneEnc && r.guardianConsentAt
      ? { name: r.guardianName, phoneMasked: maskPhone(deps.cipher.decrypt(r.guardianPhoneEnc)), consentAt: iso(r.guardianConsentAt) }
      : null;
  return {
    id: r.id,
    volunteerNo: r.volunteerNo,
    name: r.name,
    sex: r.sex,
    age: ageOn(r.birthDate, today(deps)),
    idType: r.idType,
    idNumberMasked: maskIdNumber(deps.cipher.decrypt(r.idNumberEnc)),
    phoneMasked: maskPhone(deps.cipher.decrypt(r.phoneEnc)),
    skills: r.skills,
    homeOrg: { id: r.homeOrgId, name: r.homeOrgName },
    status: r.status,
    consentAt: iso(r.consentAt),
    consentVersion: r.consentVersion,
    guardian,
    deletionRequestedAt: r.deletionRequestedAt ? iso(r.deletionRequestedAt) : null,
    hasAccount: r.userId !== null,
    createdAt: iso(r.createdAt),
  };
}

/** A page of volunteers in the caller's view, each masked. */
export async function listVolunteers(deps: VolunteersDeps, ctx: RequestContext, q: VolunteerListQuery): Promise<Page<Volunteer>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const hashes: VolunteerHashFilters = {};
  if (q.idNumber) hashes.idNumberHash = idNumberHash(deps, q.idType, q.idNumber);
  if (q.phone) hashes.phoneHash = deps.cipher.lookupHash(q.phone);
  const { rows, total } = await findVolunteerPage(deps.db, ctx.actor, q, hashes);
  return { items: rows.map((r) => toVolunteer(deps, r)), total, page: q.page, pageSize: q.pageSize };
}

/** One volunteer in the caller's view, masked. */
export async function getVolunteer(deps: VolunteersDeps, ctx: RequestContext, id: number): Promise<Volunteer> {
  const row = (await findVolunteer(deps.db, ctx.actor, 'view', id)) ?? (await findVolunteer(deps.db, ctx.actor, 'entry', id));
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return toVolunteer(deps, row);
}

/** The signed-in volunteer's own record, masked as staff see it; NOT_A_VOLUNTEER for an account without one. */
export async function getOwnVolunteer(deps: VolunteersDeps, ctx: RequestContext): Promise<Volunteer> {
  const row = await findVolunteerOfUser(deps.db, ctx.actor.userId);
  if (!row) throw new AppError('VOLUNTEERS_NOT_A_VOLUNTEER');
  return toVolunteer(deps, row);
}

/** The refusal of a second registration: how to reach the existing account, and nothing more about it. */
async function duplicateOf(deps: VolunteersDeps, db: Db, hash: Buffer): Promise<AppError | undefined> {
  const existing = await findByIdNumberHash(db, hash);
  if (!existing) return undefined;
  return new AppError('VOLUNTEERS_DUPLICATE_ID', { volunteerNo: existing.volunteerNo, phoneMasked: maskPhone(deps.cipher.decrypt(existing.phoneEnc)) });
}

async function assertHomeCommunity(db: Db, orgId: number): Promise<void> {
  const org = await db.selectFrom('orgs').select(['level', 'kind', 'closedOn']).where('id', '=', orgId).executeTakeFirst();
  if (org?.level !== 'village' || org.kind !== 'region' || org.closedOn !== null) throw fieldError('body.homeOrgId', 'VOLUNTEERS_HOME_NOT_VILLAGE');
}

/** A registration ready to write: checked identity and who registers (staff, or the person through their new account). */
export interface NewVolunteer {
  input: VolunteerCreate;
  identity: EstablishedIdentity;
  hash: Buffer;
  day: string;
  userId: number | null;
  createdBy: number;
  who: AuditActor;
}

/**
 * Writes a registration in the caller's transaction: a second registration of the same document is refused with the way
 * to the existing account, the volunteer's consent is required, and under 14 a guardian's consent too. The volunteer
 * number is the city's code and a sequence.
 */
export async function insertVolunteer(deps: VolunteersDeps, tx: Db, v: NewVolunteer): Promise<{ id: number; volunteerNo: string }> {
  const { input, identity, day } = v;
  await assertHomeCommunity(tx, input.homeOrgId);
  const duplicate = await duplicateOf(deps, tx, v.hash);
  if (duplicate) throw duplicate;
  if (!input.consent) throw fieldError('body.consent', 'VOLUNTEERS_CONSENT_REQUIRED');
  const guardian = input.guardian?.consent ? input.guardian : undefined;
  if (ageOn(identity.birthDate, day) < GUARDIAN_AGE && !guardian) throw fieldError('body.guardian', 'VOLUNTEERS_GUARDIAN_REQUIRED');
  const now = new Date();
  const volunteerNo = `${(await cityCodeOf(tx, input.homeOrgId)) ?? 'V'}${String(await nextVolunteerSeq(tx)).padStart(8, '0')}`;
  const row = await tx
    .insertInto('volunteers')
    .values({
      volunteerNo,
      name: input.name,
      sex: identity.sex,
      birthDate: identity.birthDate,
      idType: input.idType,
      idNumberEnc: deps.cipher.encrypt(identity.idNumber),
      idNumberHash: v.hash,
      phoneEnc: deps.cipher.encrypt(input.phone),
      phoneHash: deps.cipher.lookupHash(input.phone),
      skills: [...new Set(input.skills)],
      homeOrgId: input.homeOrgId,
      consentAt: now,
      consentVersion: input.consentVersion,
      guardianName: guardian?.name ?? null,
      guardianPhoneEnc: guardian ? deps.cipher.encrypt(guardian.phone) : null,
      guardianConsentAt: guardian ? now : null,
      deletionRequestedAt: null,
      userId: v.userId,
      createdBy: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(tx, v.who, {
    action: 'volunteer.create',
    targetType: 'volunteer',
    targetId: row.id,
    summary: { volunteerNo, homeOrgId: input.homeOrgId, guardian: guardian !== undefined, selfService: v.userId !== null && v.createdBy === v.userId },
  });
  return { id: row.id, volunteerNo };
}

/** Runs a registration and turns a lost race on the unique ID hash into the same answer a later registration gets. */
export async function withDuplicateAnswer<T>(deps: VolunteersDeps, hash: Buffer, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    // Two registrations of one document at once: the loser meets the unique hash and gets the same answer as a later one.
    if (isUniqueViolation(err, 'volunteers_id_number_hash_key')) throw (await duplicateOf(deps, deps.db, hash)) ?? err;
    throw err;
  }
}

/** The refusal a registration of an already registered document gets, if it is one. */
export function alreadyRegistered(deps: VolunteersDeps, db: Db, hash: Buffer): Promise<AppError | undefined> {
  return duplicateOf(deps, db, hash);
}

/** Registers a volunteer for a community in the caller's entry scope (see insertVolunteer for the rules). */
export async function registerVolunteer(deps: VolunteersDeps, ctx: RequestContext, input: VolunteerCreate): Promise<Volunteer> {
  const day = today(deps);
  const identity = establishIdentity(input, day);
  const hash = idNumberHash(deps, input.idType, identity.idNumber);
  const { id } = await withDuplicateAnswer(deps, hash, () =>
    deps.db.transaction().execute(async (tx) => {
      await assertOrgInScope(tx, ctx.actor, 'entry', input.homeOrgId);
      return insertVolunteer(deps, tx, { input, identity, hash, day, userId: null, createdBy: ctx.actor.userId, who: auditActorOf(ctx) });
    }),
  );
  return getVolunteer(deps, ctx, id);
}

/** Shows one masked value of a volunteer in the caller's view in full, keeping who asked, for which field and why. */
export async function revealVolunteerField(
  deps: VolunteersDeps,
  ctx: RequestContext,
  id: number,
  input: VolunteerReveal,
): Promise<{ field: VolunteerReveal['field']; value: string }> {
  return deps.db.transaction().execute(async (tx) => {
    const row = await findVolunteer(tx, ctx.actor, 'view', id);
    if (!row) throw new AppError('COMMON_NOT_FOUND');
    const sealed = input.field === 'idNumber' ? row.idNumberEnc : input.field === 'phone' ? row.phoneEnc : row.guardianPhoneEnc;
    if (!sealed) throw fieldError('body.field', 'COMMON_NOT_FOUND');
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer.reveal',
      targetType: 'volunteer',
      targetId: id,
      summary: { field: input.field, reason: input.reason },
    });
    return { field: input.field, value: deps.cipher.decrypt(sealed) };
  });
}
