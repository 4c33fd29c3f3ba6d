import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Certificate, CertificateCheck, CertificateCreate } from '../../../../contracts/volunteers';
import { starLevel } from '../../../../contracts/volunteers/certificate.schemas';
import { maskIdNumber } from '../../../platform/crypto/personal-data';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { localDate } from '../../../platform/time';
import { assertOrgInScope, auditActorOf, recordAudit } from '../../identity';
import './certificates.tables';
import { cityCodeOf, findVolunteer, volunteerForChange } from '../registration/volunteer.repository';
import { ownVolunteerId } from '../points/points.service';
import type { VolunteersDeps } from '../volunteers.deps';

/** The names of ID document types as a certificate prints them. */
export const ID_TYPE_NAMES: Record<string, string> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macao_pass: '港澳居民来往内地通行证',
  taiwan_pass: '台湾居民来往大陆通行证',
  foreign_permit: '外国人永久居留身份证',
};

interface Line {
  date: string;
  activity: string;
  place: string | null;
  minutes: number;
}

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The served hours of a volunteer between two local days: completed slots only, one line per slot. */
async function servedLines(db: Db, volunteerId: number, from: string | null, to: string, timezone: string): Promise<Line[]> {
  const { rows } = await sql<Line>`
    select to_char((sl.starts_at at time zone ${timezone})::date, 'YYYY-MM-DD') as date, p.title as activity, v.name as place, h.minutes
    from service_hours h
    join project_slots sl on sl.id = h.slot_id
    join service_projects p on p.id = sl.project_id
    left join venues v on v.id = p.venue_id
    where h.volunteer_id = ${volunteerId} and h.outcome = 'served' and h.minutes > 0
      and (sl.starts_at at time zone ${timezone})::date <= ${to}::date
      and (${from}::date is null or (sl.starts_at at time zone ${timezone})::date >= ${from}::date)
    order by sl.starts_at, sl.id`.execute(db);
  return rows;
}

function base(db: Db) {
  return db
    .selectFrom('volunteerCertificates as c')
    .innerJoin('volunteers as v', 'v.id', 'c.volunteerId')
    .innerJoin('orgs as o', 'o.id', 'c.issuerOrgId')
    .select([
      'c.id',
      'c.certNo',
      'c.verifyCode',
      'c.volunteerId',
      'v.name as volunteerName',
      'v.volunteerNo',
      'v.idType',
      'v.idNumberEnc',
      'c.periodFrom',
      'c.periodTo',
      'c.minutes',
      sql<string>`c.lines::text`.as('linesJson'),
      'o.name as issuer',
      'c.personInCharge',
      'c.handler',
      'c.contact',
      'c.issuedOn',
      'c.revokedAt',
    ]);
}

type CertificateRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** The link a certificate's QR code opens: the public page that checks it. */
export function verifyUrlOf(deps: VolunteersDeps, code: string): string {
  return `${deps.config.publicUrl}/verify/${code}`;
}

function toCertificate(deps: VolunteersDeps, r: CertificateRow): Certificate {
  const lines = (JSON.parse(r.linesJson) as Line[]).map((l) => ({ date: l.date, activity: l.activity, place: l.place, hours: hoursOf(l.minutes) }));
  const hours = hoursOf(r.minutes);
  return {
    id: r.id,
    certNo: r.certNo,
    volunteerId: r.volunteerId,
    volunteerName: r.volunteerName,
    volunteerNo: r.volunteerNo,
    idType: ID_TYPE_NAMES[r.idType] ?? r.idType,
    idNumberMasked: maskIdNumber(deps.cipher.decrypt(r.idNumberEnc)),
    from: r.periodFrom,
    to: r.periodTo,
    hours,
    starLevel: starLevel(hours),
    lines,
    issuer: r.issuer,
    personInCharge: r.personInCharge,
    handler: r.handler,
    contact: r.contact,
    issuedOn: r.issuedOn,
    verifyUrl: verifyUrlOf(deps, r.verifyCode),
    revokedAt: r.revokedAt ? new Date(r.revokedAt).toISOString() : null,
  };
}

async function rowsWhere(deps: VolunteersDeps, where: { id?: number; volunteerId?: number; verifyCode?: string }): Promise<CertificateRow[]> {
  let q = base(deps.db);
  if (where.id !== undefined) q = q.where('c.id', '=', where.id);
  if (where.volunteerId !== undefined) q = q.where('c.volunteerId', '=', where.volunteerId);
  if (where.verifyCode !== undefined) q = q.where('c.verifyCode', '=', where.verifyCode);
  return q.orderBy('c.id', 'desc').execute();
}

/**
 * Issues a service certificate for a volunteer in the caller's entry scope, by an org in that scope: the completed
 * service of the period, frozen as issued, with a number (the city's code, the year, a sequence) and a verification code.
 */
export async function issueCertificate(deps: VolunteersDeps, ctx: RequestContext, volunteerId: number, input: CertificateCreate): Promise<Certificate> {
  const today = localDate(new Date(), deps.config.timezone);
  const to = input.to ?? today;
  if (to > today || (input.from !== undefined && input.from > to)) throw new AppError('VOLUNTEERS_CERT_PERIOD');
  const id = await deps.db.transaction().execute(async (tx) => {
    const volunteer = await volunteerForChange(tx, ctx.actor, volunteerId);
    await assertOrgInScope(tx, ctx.actor, 'entry', input.issuerOrgId);
    const lines = await servedLines(tx, volunteerId, input.from ?? null, to, deps.config.timezone);
    if (lines.length === 0) throw new AppError('VOLUNTEERS_CERT_NO_SERVICE');
    const seq = await sql<{ n: string }>`select nextval('volunteer_certificate_seq') as n`.execute(tx);
    const certNo = `${(await cityCodeOf(tx, volunteer.homeOrgId)) ?? 'ZY'}${today.slice(0, 4)}${String(seq.rows[0]?.n ?? '0').padStart(6, '0')}`;
    const row = await tx
      .insertInto('volunteerCertificates')
      .values({
        certNo,
        verifyCode: randomBytes(12).toString('base64url'),
        volunteerId,
        issuerOrgId: input.issuerOrgId,
        personInCharge: input.personInCharge,
        handler: input.handler,
        contact: input.contact,
        periodFrom: input.from ?? null,
        periodTo: to,
        minutes: lines.reduce((sum, l) => sum + l.minutes, 0),
        lines: JSON.stringify(lines),
        issuedOn: today,
        issuedBy: ctx.actor.userId,
        revokedAt: null,
        revokedBy: null,
        revokeReason: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer.certificate',
      targetType: 'volunteer',
      targetId: volunteerId,
      summary: { certNo, issuerOrgId: input.issuerOrgId, from: input.from ?? null, to, lines: lines.length },
    });
    return row.id;
  });
  const [row] = await rowsWhere(deps, { id });
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return toCertificate(deps, row);
}

/** The certificates of a volunteer in the caller's view, newest first. */
export async function listCertificates(deps: VolunteersDeps, ctx: RequestContext, volunteerId: number): Promise<Certificate[]> {
  if (!(await findVolunteer(deps.db, ctx.actor, 'view', volunteerId))) throw new AppError('COMMON_NOT_FOUND');
  return (await rowsWhere(deps, { volunteerId })).map((r) => toCertificate(deps, r));
}

/** The signed-in volunteer's own certificates. */
export async function myCertificates(deps: VolunteersDeps, ctx: RequestContext): Promise<Certificate[]> {
  const volunteerId = await ownVolunteerId(deps.db, ctx);
  return (await rowsWhere(deps, { volunteerId })).map((r) => toCertificate(deps, r));
}

/** A certificate its volunteer or staff who can see the volunteer may open, with the full ID number for printing. */
export async function certificateForPrint(deps: VolunteersDeps, ctx: RequestContext, id: number): Promise<{ certificate: Certificate; idNumber: string }> {
  const [row] = await rowsWhere(deps, { id });
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  const own = await deps.db.selectFrom('volunteers').select('id').where('id', '=', row.volunteerId).where('userId', '=', ctx.actor.userId).executeTakeFirst();
  if (!own && !(await findVolunteer(deps.db, ctx.actor, 'view', row.volunteerId))) throw new AppError('COMMON_NOT_FOUND');
  await recordAudit(deps.db, auditActorOf(ctx), {
    action: 'volunteer.certificate_print',
    targetType: 'volunteer',
    targetId: row.volunteerId,
    summary: { certNo: row.certNo },
  });
  return { certificate: toCertificate(deps, row), idNumber: deps.cipher.decrypt(row.idNumberEnc) };
}

/** Withdraws a certificate of a volunteer in the caller's entry scope; the verification page then shows it as withdrawn. */
export async function revokeCertificate(deps: VolunteersDeps, ctx: RequestContext, id: number, reason: string): Promise<Certificate> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('volunteerCertificates').select(['volunteerId', 'certNo', 'revokedAt']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw new AppError('COMMON_NOT_FOUND');
    await volunteerForChange(tx, ctx.actor, row.volunteerId);
    if (row.revokedAt) throw new AppError('VOLUNTEERS_CERT_REVOKED');
    await tx
      .updateTable('volunteerCertificates')
      .set({ revokedAt: new Date(), revokedBy: ctx.actor.userId, revokeReason: reason })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'volunteer.certificate_revoke',
      targetType: 'volunteer',
      targetId: row.volunteerId,
      summary: { certNo: row.certNo, reason },
    });
  });
  const [row] = await rowsWhere(deps, { id });
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return toCertificate(deps, row);
}

/** What the public verification page shows for a code: the number, a masked name, the hours, the issuer and the state. */
export async function checkCertificate(deps: VolunteersDeps, code: string): Promise<CertificateCheck> {
  const [row] = await rowsWhere(deps, { verifyCode: code });
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  const name = [...row.volunteerName];
  return {
    certNo: row.certNo,
    volunteerName: `${name[0] ?? ''}${'*'.repeat(Math.max(1, name.length - 1))}`,
    hours: hoursOf(row.minutes),
    from: row.periodFrom,
    to: row.periodTo,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    status: row.revokedAt ? 'revoked' : 'valid',
  };
}
