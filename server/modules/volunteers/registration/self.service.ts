import { meetsPasswordPolicy } from '../../../../contracts/identity/password-policy';
import type { Community, OwnData, SelfRegistration } from '../../../../contracts/volunteers';
import { sql } from 'kysely';
import { containsPattern } from '../../../platform/db/like';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { localDate } from '../../../platform/time';
import { auditActorOf, hashPassword, openSelfServiceAccount, recordAudit } from '../../identity';
import { establishIdentity } from './volunteer.identity';
import { volunteerOfUser } from './volunteer.repository';
import { alreadyRegistered, idNumberHash, insertVolunteer, withDuplicateAnswer } from './volunteer.service';
import type { VolunteersDeps } from '../volunteers.deps';

/** Where a public request comes from, for the audit entry of a registration made without an account. */
export interface RequestOrigin {
  ip: string;
  requestId: string;
}

/**
 * Registers a person on their own phone: the same checks as staff registration (ID document, one person one volunteer,
 * consent, a guardian under 14), plus an account that signs in with the phone number and holds no role or scope. The
 * account and the volunteer are written together or not at all; an ID already registered gets the way to that account.
 */
export async function selfRegister(deps: VolunteersDeps, origin: RequestOrigin, input: SelfRegistration): Promise<{ volunteerNo: string; username: string }> {
  const day = localDate(new Date(), deps.config.timezone);
  const identity = establishIdentity(input, day);
  const hash = idNumberHash(deps, input.idType, identity.idNumber);
  if (!meetsPasswordPolicy(input.password)) throw fieldError('body.password', 'IDENTITY_PASSWORD_POLICY');
  const existing = await alreadyRegistered(deps, deps.db, hash);
  if (existing) throw existing;
  // Hashing takes tens of milliseconds; doing it before the transaction keeps the connection free meanwhile.
  const passwordHash = await hashPassword(input.password);
  const { password: _secret, ...registration } = input;
  return withDuplicateAnswer(deps, hash, () =>
    deps.db.transaction().execute(async (tx) => {
      const duplicate = await alreadyRegistered(deps, tx, hash);
      if (duplicate) throw duplicate;
      const userId = await openSelfServiceAccount(tx, deps.cipher, { phone: input.phone, displayName: input.name, orgId: input.homeOrgId, passwordHash });
      const who = { userId, username: input.phone, orgId: input.homeOrgId, ip: origin.ip, requestId: origin.requestId };
      const { volunteerNo } = await insertVolunteer(deps, tx, { input: registration, identity, hash, day, userId, createdBy: userId, who });
      return { volunteerNo, username: input.phone };
    }),
  );
}

/** Communities whose name contains the text, for the registration form's picker; names are public, nothing else is shown. */
export async function findCommunities(deps: VolunteersDeps, q: string): Promise<Community[]> {
  const { rows } = await sql<{ id: number; name: string; path: string }>`
    select v.id, v.name, concat_ws(' / ', c.name, t.name) as path
    from orgs v
    join orgs t on t.id = v.parent_id
    left join orgs c on c.id = t.parent_id
    where v.level = 'village' and v.kind = 'region' and v.closed_on is null and v.name ilike ${containsPattern(q)}
    order by v.name, v.id
    limit 20`.execute(deps.db);
  return rows;
}

async function ownVolunteer(deps: VolunteersDeps, ctx: RequestContext) {
  const id = await volunteerOfUser(deps.db, ctx.actor.userId);
  if (id === undefined) throw new AppError('VOLUNTEERS_NOT_A_VOLUNTEER');
  const row = await deps.db
    .selectFrom('volunteers as v')
    .innerJoin('orgs as o', 'o.id', 'v.homeOrgId')
    .selectAll('v')
    .select('o.name as homeOrgName')
    .where('v.id', '=', id)
    .executeTakeFirstOrThrow();
  return row;
}

/** The signed-in volunteer's own data in full (their ID and phones included: it is theirs), with teams and sign-ups; audited. */
export async function exportOwnData(deps: VolunteersDeps, ctx: RequestContext): Promise<OwnData> {
  const v = await ownVolunteer(deps, ctx);
  const teams = await deps.db
    .selectFrom('teamMembers as m')
    .innerJoin('volunteerTeams as t', 't.id', 'm.teamId')
    .select(['t.name as team', 'm.role', 'm.status'])
    .where('m.volunteerId', '=', v.id)
    .orderBy('t.name')
    .execute();
  const signups = await deps.db
    .selectFrom('slotSignups as s')
    .innerJoin('projectSlots as sl', 'sl.id', 's.slotId')
    .innerJoin('serviceProjects as p', 'p.id', 'sl.projectId')
    .select(['p.title as project', 'sl.startsAt', 's.status'])
    .where('s.volunteerId', '=', v.id)
    .orderBy('sl.startsAt')
    .execute();
  await recordAudit(deps.db, auditActorOf(ctx), { action: 'volunteer.self_export', targetType: 'volunteer', targetId: v.id, summary: {} });
  const iso = (d: Date | string) => new Date(d).toISOString();
  return {
    exportedAt: new Date().toISOString(),
    volunteer: {
      volunteerNo: v.volunteerNo,
      name: v.name,
      sex: v.sex,
      birthDate: v.birthDate,
      idType: v.idType,
      idNumber: deps.cipher.decrypt(v.idNumberEnc),
      phone: deps.cipher.decrypt(v.phoneEnc),
      skills: v.skills,
      homeOrg: v.homeOrgName,
      consentAt: iso(v.consentAt),
      consentVersion: v.consentVersion,
      guardian:
        v.guardianName && v.guardianPhoneEnc && v.guardianConsentAt
          ? { name: v.guardianName, phone: deps.cipher.decrypt(v.guardianPhoneEnc), consentAt: iso(v.guardianConsentAt) }
          : null,
      deletionRequestedAt: v.deletionRequestedAt ? iso(v.deletionRequestedAt) : null,
    },
    teams,
    signups: signups.map((s) => ({ project: s.project, slotStartsAt: iso(s.startsAt), status: s.status })),
  };
}

/**
 * Records the volunteer's request to delete their data. Service hours are records others rely on (certificates, the
 * city's figures), so staff handle the request rather than the platform erasing at once; asking twice keeps the first date.
 */
export async function requestDeletion(deps: VolunteersDeps, ctx: RequestContext): Promise<{ deletionRequestedAt: string }> {
  const v = await ownVolunteer(deps, ctx);
  const at = v.deletionRequestedAt ?? new Date();
  if (!v.deletionRequestedAt) {
    await deps.db.transaction().execute(async (tx) => {
      await tx.updateTable('volunteers').set({ deletionRequestedAt: at }).where('id', '=', v.id).execute();
      await recordAudit(tx, auditActorOf(ctx), { action: 'volunteer.deletion_request', targetType: 'volunteer', targetId: v.id, summary: {} });
    });
  }
  return { deletionRequestedAt: new Date(at).toISOString() };
}
