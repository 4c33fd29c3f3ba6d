import { randomBytes } from 'node:crypto';
import type { ApiClient, IssuedApiClient } from '../../../../contracts/inquiries/api-client.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import type { InquiriesDeps } from '../inquiries.deps';
import '../inquiries.tables';

/** Cases one key may file a minute, so a runaway app cannot bury a dispatcher. */
export const API_CASES_PER_MINUTE = 30;

const hashOf = (deps: InquiriesDeps, key: string) => deps.cipher.lookupHash(key).toString('hex');

function clientBase(db: Db) {
  return db
    .selectFrom('inquiryApiClients as k')
    .innerJoin('orgs as o', 'o.id', 'k.orgId')
    .select(['k.id', 'k.name', 'k.orgId', 'o.name as orgName', 'k.keyPrefix', 'k.createdAt', 'k.revokedAt', 'k.lastUsedAt']);
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function toClient(r: Awaited<ReturnType<ReturnType<typeof clientBase>['executeTakeFirstOrThrow']>>): ApiClient {
  return {
    id: r.id,
    name: r.name,
    org: { id: r.orgId, name: r.orgName },
    keyPrefix: r.keyPrefix,
    createdAt: new Date(r.createdAt).toISOString(),
    revokedAt: iso(r.revokedAt),
    lastUsedAt: iso(r.lastUsedAt),
  };
}

/** The keys of areas the caller can see. */
export async function listApiClients(deps: InquiriesDeps, ctx: RequestContext): Promise<ApiClient[]> {
  const rows = await clientBase(deps.db)
    .where((eb) => orgInScope(eb, eb.ref('k.orgId'), ctx.actor, 'view'))
    .orderBy('k.id', 'desc')
    .execute();
  return rows.map(toClient);
}

/** Issues a key for an app filing cases about an area in the caller's entry scope; the key is shown once and kept only as a hash. */
export async function issueApiClient(deps: InquiriesDeps, ctx: RequestContext, input: { name: string; orgId: number }): Promise<IssuedApiClient> {
  await assertOrgInScope(deps.db, ctx.actor, 'entry', input.orgId);
  const apiKey = `xw_${randomBytes(24).toString('base64url')}`;
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('inquiryApiClients')
      .values({ name: input.name, orgId: input.orgId, keyPrefix: apiKey.slice(0, 10), keyHash: hashOf(deps, apiKey), createdBy: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), { action: 'inquiry_api_client.issue', targetType: 'inquiry_api_client', targetId: row.id, summary: input });
    return { ...toClient(await clientBase(tx).where('k.id', '=', row.id).executeTakeFirstOrThrow()), apiKey };
  });
}

/** Revokes a key of an area in the caller's entry scope; cases it filed stay. */
export async function revokeApiClient(deps: InquiriesDeps, ctx: RequestContext, id: number): Promise<ApiClient> {
  const row = await deps.db.selectFrom('inquiryApiClients').select(['id', 'orgId']).where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst();
  if (!row || !(await deps.db.selectFrom('orgs').select('id').where('id', '=', row.orgId).executeTakeFirst()))
    throw new AppError('INQUIRIES_API_CLIENT_NOT_FOUND');
  await assertOrgInScope(deps.db, ctx.actor, 'entry', row.orgId);
  return deps.db.transaction().execute(async (tx) => {
    await tx.updateTable('inquiryApiClients').set({ revokedAt: new Date(), revokedBy: ctx.actor.userId }).where('id', '=', id).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'inquiry_api_client.revoke', targetType: 'inquiry_api_client', targetId: id });
    return toClient(await clientBase(tx).where('k.id', '=', id).executeTakeFirstOrThrow());
  });
}

/** The live client a key names, or undefined; a wrong key reveals nothing about which keys exist. */
export async function clientOfKey(deps: InquiriesDeps, key: string | undefined): Promise<{ id: number; orgId: number; name: string } | undefined> {
  if (!key) return undefined;
  return deps.db
    .selectFrom('inquiryApiClients')
    .select(['id', 'orgId', 'name'])
    .where('keyHash', '=', hashOf(deps, key))
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
}
