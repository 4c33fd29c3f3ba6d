import type { Page } from '../../../contracts/common/pagination';
import type { Org, OrgClose, OrgCreate, OrgLink, OrgMove, OrgUpdate, OrgWithPath } from '../../../contracts/identity/org.schemas';
import { checkOrgCode } from '../../../contracts/identity/org-code';
import type { Db } from '../../platform/db/database';
import { isUniqueViolation } from '../../platform/db/errors';
import type { RequestContext } from '../../platform/http/actor';
import { AppError, fieldError } from '../../platform/http/app-error';
import { localDate } from '../../platform/time';
import { auditActorOf, recordAudit } from './audit.writer';
import type { IdentityDeps } from './identity.deps';
import { attachNewOrg, isInSubtree, moveSubtree, placementStart } from './org.closure';
import { assertCodeFits, assertCreatable, assertMovable, assertOpen, assertParentOpenOn, type OrgFacts } from './org.policy';
import {
  countOpenChildren,
  findAncestors,
  findChildren,
  findCodeHolder,
  findLinks,
  findOrg,
  findPaths,
  findSubtree,
  findViewRoots,
  lockOrgForChange,
  type OrgListOptions,
  type OrgSearchOptions,
  parentCodeFacts,
  searchOrgs,
} from './org.repository';
import { assertOrgInScope, isOrgInScope } from './scope';

async function visibleOrg(db: Db, ctx: RequestContext, id: number): Promise<Org> {
  const org = await findOrg(db, ctx.actor, 'view', id);
  if (!org) throw new AppError('COMMON_NOT_FOUND');
  return org;
}

/** Locks an org the caller may change; NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
async function orgForChange(db: Db, ctx: RequestContext, id: number): Promise<OrgFacts> {
  const org = await lockOrgForChange(db, ctx.actor, id);
  if (org) return org;
  await assertOrgInScope(db, ctx.actor, 'entry', id);
  throw new AppError('COMMON_NOT_FOUND');
}

/** A scope root of the caller (its parent lies outside the entry scope) is not the caller's to move or close. */
async function assertNotScopeRoot(db: Db, ctx: RequestContext, org: OrgFacts): Promise<void> {
  if (org.parentId === null || !(await isOrgInScope(db, ctx.actor, 'entry', org.parentId))) throw new AppError('IDENTITY_ORG_IS_ROOT');
}

async function assertCodeFree(db: Db, ctx: RequestContext, code: string, selfId?: number): Promise<void> {
  const holder = await findCodeHolder(db, ctx.actor, code);
  if (holder && holder.id !== selfId) throw codeTaken(ctx, code, holder.name);
}

function codeTaken(ctx: RequestContext, code: string, name: string | null): AppError {
  return fieldError('body.code', 'IDENTITY_ORG_CODE_TAKEN', { code, name: name ?? (ctx.locale === 'en' ? 'a unit outside your scope' : '您数据范围外的单位') });
}

/** Two writers racing for one code meet the unique index; the loser gets the same answer as a checked duplicate. */
async function asCodeTaken(db: Db, ctx: RequestContext, err: unknown, code: string | undefined): Promise<unknown> {
  if (code === undefined || !isUniqueViolation(err, 'orgs_code_key')) return err;
  const holder = await findCodeHolder(db, ctx.actor, code);
  return codeTaken(ctx, code, holder?.name ?? null);
}

// Entry scope is normally inside the view; the fallback keeps a write from answering 404 when it is not.
async function reread(db: Db, ctx: RequestContext, id: number): Promise<Org> {
  const org = (await findOrg(db, ctx.actor, 'view', id)) ?? (await findOrg(db, ctx.actor, 'entry', id));
  if (!org) throw new AppError('COMMON_NOT_FOUND');
  return org;
}

/** The caller's view roots. */
export function listRoots(deps: IdentityDeps, ctx: RequestContext): Promise<Org[]> {
  return findViewRoots(deps.db, ctx.actor);
}

/** One org with its path down from the top of the caller's view. */
export async function getOrg(deps: IdentityDeps, ctx: RequestContext, id: number): Promise<OrgWithPath> {
  const org = await visibleOrg(deps.db, ctx, id);
  const paths = await findPaths(deps.db, ctx.actor, [id]);
  return { ...org, path: paths.get(id) ?? [] };
}

/** A page of an org's children. */
export async function listChildren(deps: IdentityDeps, ctx: RequestContext, id: number, opts: OrgListOptions): Promise<Page<Org>> {
  await visibleOrg(deps.db, ctx, id);
  return findChildren(deps.db, ctx.actor, id, opts);
}

/** A page of an org's subtree, itself included. */
export async function listSubtree(deps: IdentityDeps, ctx: RequestContext, id: number, opts: OrgListOptions): Promise<Page<Org>> {
  await visibleOrg(deps.db, ctx, id);
  return findSubtree(deps.db, ctx.actor, id, opts);
}

/** An org's ancestors within the caller's view, top first. */
export async function listAncestors(deps: IdentityDeps, ctx: RequestContext, id: number): Promise<Org[]> {
  await visibleOrg(deps.db, ctx, id);
  return findAncestors(deps.db, ctx.actor, id);
}

/** An org's parent links over time. */
export async function listHistory(deps: IdentityDeps, ctx: RequestContext, id: number): Promise<OrgLink[]> {
  await visibleOrg(deps.db, ctx, id);
  return findLinks(deps.db, ctx.actor, id);
}

/** Orgs in the caller's view by name or code prefix. */
export function findOrgs(deps: IdentityDeps, ctx: RequestContext, opts: OrgSearchOptions): Promise<Page<OrgWithPath>> {
  return searchOrgs(deps.db, ctx.actor, opts);
}

/** Creates an org under a parent in the caller's entry scope, with its link, closure rows and an audit entry. */
export async function createOrg(deps: IdentityDeps, ctx: RequestContext, input: OrgCreate): Promise<Org> {
  const openedOn = input.openedOn ?? localDate(new Date(), deps.config.timezone);
  try {
    const id = await deps.db.transaction().execute(async (tx) => {
      const parent = await orgForChange(tx, ctx, input.parentId);
      assertOpen(parent, 'body.parentId');
      assertCreatable(parent, input, ctx.locale);
      assertCodeFits(input.code, input, parent, ctx.locale);
      if (input.code !== undefined) await assertCodeFree(tx, ctx, input.code);
      assertParentOpenOn(parent, openedOn, 'body.openedOn');
      const fields = {
        code: input.code ?? null,
        name: input.name,
        shortName: input.shortName ?? null,
        level: input.level,
        kind: input.kind,
        agencyType: input.agencyType ?? null,
        population: input.population ?? null,
        openedOn,
      };
      const row = await tx
        .insertInto('orgs')
        .values({ ...fields, parentId: parent.id, closedOn: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await attachNewOrg(tx, row.id, parent.id, openedOn);
      await recordAudit(tx, auditActorOf(ctx), { action: 'org.create', targetType: 'org', targetId: row.id, summary: { parentId: parent.id, ...fields } });
      return row.id;
    });
    return await reread(deps.db, ctx, id);
  } catch (err) {
    throw await asCodeTaken(deps.db, ctx, err, input.code);
  }
}

/** The fields an edit may change, as stored. */
interface Editable {
  code: string | null;
  name: string;
  shortName: string | null;
  population: number | null;
}
const EDITABLE = ['code', 'name', 'shortName', 'population'] as const;

/** The fields whose new value differs from the stored one, before and after. */
function changedFields(current: Editable, input: OrgUpdate): { before: Partial<Editable>; after: Partial<Editable> } {
  const before: Partial<Editable> = {};
  const after: Partial<Editable> = {};
  for (const key of EDITABLE) {
    const value = input[key];
    if (value === undefined || value === current[key]) continue;
    Object.assign(before, { [key]: current[key] });
    Object.assign(after, { [key]: value });
  }
  return { before, after };
}

/**
 * Edits an org's own fields and audits before/after of what changed. The code is checked against the
 * level and the current parent only when it changes: a moved region keeps its old code (see moveOrg),
 * and an unrelated edit such as a name fix must not be blocked by that.
 */
export async function updateOrg(deps: IdentityDeps, ctx: RequestContext, id: number, input: OrgUpdate): Promise<Org> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      const org = await orgForChange(tx, ctx, id);
      const current = await tx.selectFrom('orgs').select(EDITABLE).where('id', '=', org.id).executeTakeFirstOrThrow();
      const { before, after } = changedFields(current, input);
      if (Object.keys(after).length === 0) return;
      if (after.code !== undefined) {
        assertCodeFits(after.code, org, await parentCodeFacts(tx, org.parentId), ctx.locale);
        if (after.code !== null) await assertCodeFree(tx, ctx, after.code, id);
      }
      await tx
        .updateTable('orgs')
        .set({ ...after, updatedAt: new Date() })
        .where('id', '=', id)
        .execute();
      await recordAudit(tx, auditActorOf(ctx), { action: 'org.update', targetType: 'org', targetId: id, summary: { before, after } });
    });
    return await reread(deps.db, ctx, id);
  } catch (err) {
    throw await asCodeTaken(deps.db, ctx, err, input.code);
  }
}

/**
 * Moves an org with its subtree under a new parent from a date on (today in the city's zone by default),
 * keeping the old links and closure rows as history; the move hooks run on either side of the tree change.
 * Codes are not rewritten: a statistical division code is reissued by the statistics office, not derived
 * by us, so a moved township keeps its code until someone edits it; the audit entry records whether the
 * code still fits the new parent, and edits check a code against the parent only when the code changes.
 */
export async function moveOrg(deps: IdentityDeps, ctx: RequestContext, id: number, input: OrgMove): Promise<Org> {
  await deps.db.transaction().execute(async (tx) => {
    const org = await orgForChange(tx, ctx, id);
    await assertNotScopeRoot(tx, ctx, org);
    assertOpen(org);
    // The org's own subtree is inside the caller's entry scope, so refusing here reveals nothing.
    if (input.newParentId === id || (await isInSubtree(tx, id, input.newParentId))) throw fieldError('body.newParentId', 'IDENTITY_ORG_MOVE_INTO_SELF');
    const parent = await orgForChange(tx, ctx, input.newParentId);
    assertOpen(parent, 'body.newParentId');
    assertMovable(org, parent, ctx.locale);
    if (parent.id === org.parentId) return;
    const effectiveOn = input.effectiveOn ?? localDate(new Date(), deps.config.timezone);
    const since = await placementStart(tx, id);
    if (effectiveOn < since) throw fieldError('body.effectiveOn', 'IDENTITY_ORG_MOVE_DATE', { since });
    assertParentOpenOn(parent, effectiveOn, 'body.effectiveOn');
    const event = { orgId: id, from: effectiveOn };
    await deps.orgMoveHooks?.beforeMove(tx, event);
    await moveSubtree(tx, id, parent.id, effectiveOn);
    await tx.updateTable('orgs').set({ parentId: parent.id, updatedAt: new Date() }).where('id', '=', id).execute();
    await deps.orgMoveHooks?.afterMove(tx, event);
    const codeFitsNewParent = org.code === null || checkOrgCode(org.code, org.level, org.kind, parent) === null;
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'org.move',
      targetType: 'org',
      targetId: id,
      summary: { from: org.parentId, to: parent.id, effectiveOn, codeFitsNewParent },
    });
  });
  return reread(deps.db, ctx, id);
}

/** Closes an org from a date on, once it has no open children; its history and closure rows stay. */
export async function closeOrg(deps: IdentityDeps, ctx: RequestContext, id: number, input: OrgClose): Promise<Org> {
  await deps.db.transaction().execute(async (tx) => {
    const org = await orgForChange(tx, ctx, id);
    await assertNotScopeRoot(tx, ctx, org);
    assertOpen(org);
    if (input.closedOn < org.openedOn) throw fieldError('body.closedOn', 'IDENTITY_ORG_CLOSE_DATE', { openedOn: org.openedOn });
    const open = await countOpenChildren(tx, id);
    if (open > 0) throw new AppError('IDENTITY_ORG_HAS_OPEN_CHILDREN', { count: open });
    await tx.updateTable('orgs').set({ closedOn: input.closedOn, updatedAt: new Date() }).where('id', '=', id).execute();
    await recordAudit(tx, auditActorOf(ctx), { action: 'org.close', targetType: 'org', targetId: id, summary: { closedOn: input.closedOn } });
  });
  return reread(deps.db, ctx, id);
}
