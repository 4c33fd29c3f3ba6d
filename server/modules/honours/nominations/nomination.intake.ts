import { sql, type Transaction } from 'kysely';
import type { NominationReceipt, PublicNomination, UnitNomination } from '../../../../contracts/honours/nomination.schemas';
import { newTrackingCode } from '../../../platform/crypto/tracking-code';
import type { Database, Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { type AuditActor, assertOrgInScope, auditActorOf, recordAudit, type ResidentOrigin, residentActor } from '../../identity';
import { claimFiles } from '../files/honour-file.service';
import type { HonoursDeps } from '../honours.deps';
import { honoursToday, personKeys } from '../honours.shared';
import { cycleWithTitle } from '../titles/title.service';
import { addNominationEvent } from './nomination.repository';

type Intake = (PublicNomination & { nominatorUnit?: string }) | (UnitNomination & { nominatorPhone?: string });

// Names the advisory locks that keep two nominations of one person for one title from both passing the check.
const PERSON_LOCK_SPACE = 7_313;

/**
 * Refuses a nominee who already holds the title (found by ID number, or by name and unit), naming the earlier record;
 * other titles they hold and other nominations in the cycle are shown to reviewers as flags instead.
 */
export async function refuseHolder(db: Db, titleId: number, keys: { idHash: Buffer | null; nameKey: Buffer }, name: string, titleName: string): Promise<void> {
  const held = await db
    .selectFrom('roleModels')
    .select(['id', 'awardedOn'])
    .where('titleId', '=', titleId)
    .where('revokedOn', 'is', null)
    .where((eb) => (keys.idHash ? eb.or([eb('idHash', '=', keys.idHash), eb('nameKey', '=', keys.nameKey)]) : eb('nameKey', '=', keys.nameKey)))
    .executeTakeFirst();
  if (held) throw new AppError('HONOURS_NOMINEE_HOLDS_TITLE', { name, title: titleName, awardedOn: held.awardedOn, id: held.id });
}

async function insertNomination(
  deps: HonoursDeps,
  tx: Transaction<Database>,
  who: AuditActor,
  input: Intake,
  channel: 'unit' | 'public',
): Promise<NominationReceipt> {
  const cycle = await cycleWithTitle(tx, input.cycleId);
  if (!cycle.titleActive) throw fieldError('body.cycleId', 'HONOURS_TITLE_NOT_FOUND');
  const today = honoursToday(deps);
  if (today < cycle.opensOn || today > cycle.closesOn)
    throw fieldError('body.cycleId', 'HONOURS_CYCLE_CLOSED', { opensOn: cycle.opensOn, closesOn: cycle.closesOn });
  const keys = personKeys(deps.cipher, { name: input.nomineeName, unit: input.nomineeUnit, idNumber: input.nomineeIdNumber });
  await sql`select pg_advisory_xact_lock(${PERSON_LOCK_SPACE}, ${keys.nameKey.readInt32BE(0)})`.execute(tx);
  await refuseHolder(tx, cycle.titleId, keys, input.nomineeName, cycle.titleName);
  const trackingCode = newTrackingCode();
  const now = new Date();
  const row = await tx
    .insertInto('nominations')
    .values({
      trackingCode,
      cycleId: cycle.id,
      titleId: cycle.titleId,
      orgId: input.orgId,
      channel,
      nomineeName: input.nomineeName,
      nomineeUnit: input.nomineeUnit,
      nomineeIdEnc: input.nomineeIdNumber ? deps.cipher.encrypt(input.nomineeIdNumber) : null,
      nomineeIdHash: keys.idHash,
      nomineePhoneEnc: input.nomineePhone ? deps.cipher.encrypt(input.nomineePhone) : null,
      nameKey: keys.nameKey,
      deeds: input.deeds,
      summary: input.summary,
      consent: input.consent,
      consentNote: input.consentNote,
      nominatorName: input.nominatorName,
      nominatorUnit: input.nominatorUnit ?? '',
      nominatorPhoneEnc: input.nominatorPhone ? deps.cipher.encrypt(input.nominatorPhone) : null,
      nominatorPhoneHash: input.nominatorPhone ? deps.cipher.lookupHash(input.nominatorPhone) : null,
      status: 'reviewing',
      stage: 0,
      returnReason: null,
      noticeId: null,
      createdBy: who.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await claimFiles(tx, input.files, 'nomination', row.id);
  await addNominationEvent(tx, { nominationId: row.id, action: 'nominate', note: channel, userId: who.userId, at: now });
  await recordAudit(tx, who, {
    action: 'nomination.create',
    targetType: 'nomination',
    targetId: row.id,
    summary: { cycleId: cycle.id, orgId: input.orgId, channel, files: input.files.length },
  });
  return { trackingCode, status: 'reviewing' };
}

async function assertPlace(deps: HonoursDeps, orgId: number): Promise<void> {
  const org = await deps.db.selectFrom('orgs').select('id').where('id', '=', orgId).where('closedOn', 'is', null).executeTakeFirst();
  if (!org) throw fieldError('body.orgId', 'HONOURS_ORG_NOT_PLACE');
}

/** A resident's nomination from the phone page: real name and phone, the nominee's consent, evidence uploaded before. */
export async function nominatePublicly(deps: HonoursDeps, origin: ResidentOrigin, input: PublicNomination): Promise<NominationReceipt> {
  await assertPlace(deps, input.orgId);
  return deps.db.transaction().execute((tx) => insertNomination(deps, tx, residentActor(origin), input, 'public'));
}

/** A unit's nomination entered by its staff for a nominee of an org in their entry scope. */
export async function nominateForUnit(deps: HonoursDeps, ctx: RequestContext, input: UnitNomination): Promise<NominationReceipt> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  return deps.db.transaction().execute((tx) => insertNomination(deps, tx, auditActorOf(ctx), input, 'unit'));
}
