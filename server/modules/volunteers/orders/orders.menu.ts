import { MENU_VENUE_KINDS, type MenuItem, type MenuItemCreate, type MenuItemUpdate, type PublicMenu } from '../../../../contracts/volunteers/order.schemas';
import type { Db } from '../../../platform/db/database';
import { isUniqueViolation } from '../../../platform/db/errors';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { auditActorOf, isOrgInScope, recordAudit, type ScopeKind } from '../../identity';
import type { VolunteersDeps } from '../volunteers.deps';
import './orders.tables';

/** A practice center, post or station that may keep a menu. */
export interface MenuVenue {
  id: number;
  name: string;
  address: string;
  orgId: number;
  kindCode: string;
  status: string;
}

/** A venue by id with what the menu and the orders need of it. */
export function findMenuVenue(db: Db, venueId: number): Promise<MenuVenue | undefined> {
  return db.selectFrom('venues').select(['id', 'name', 'address', 'orgId', 'kindCode', 'status']).where('id', '=', venueId).executeTakeFirst();
}

/** Whether residents can order from the venue: an open practice center, post or station. */
export function offersMenu(venue: MenuVenue): boolean {
  return (MENU_VENUE_KINDS as readonly string[]).includes(venue.kindCode) && venue.status === 'open';
}

/** A venue whose org is in the actor's scope of `kind`: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
async function venueInScope(db: Db, ctx: RequestContext, venueId: number, kind: ScopeKind): Promise<MenuVenue> {
  const venue = await findMenuVenue(db, venueId);
  if (!venue || !(await isOrgInScope(db, ctx.actor, 'view', venue.orgId))) throw new AppError('COMMON_NOT_FOUND');
  if (kind === 'entry' && !(await isOrgInScope(db, ctx.actor, 'entry', venue.orgId))) throw new AppError('COMMON_OUT_OF_SCOPE');
  return venue;
}

function itemsOf(db: Db) {
  return db
    .selectFrom('serviceMenuItems as i')
    .innerJoin('venues as v', 'v.id', 'i.venueId')
    .select(['i.id', 'i.venueId', 'v.name as venueName', 'v.orgId', 'i.category', 'i.name', 'i.description', 'i.active', 'i.updatedAt']);
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof itemsOf>['executeTakeFirstOrThrow']>>;

function toItem(r: ItemRow): MenuItem {
  return {
    id: r.id,
    venue: { id: r.venueId, name: r.venueName },
    category: r.category,
    name: r.name,
    description: r.description,
    active: r.active,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

function nameTaken(err: unknown, name: string): AppError | undefined {
  return isUniqueViolation(err, 'service_menu_items_venue_name_key') ? fieldError('body.name', 'VOLUNTEERS_ORDER_ITEM_NAME_TAKEN', { name }) : undefined;
}

/** The menu of a venue in the caller's view, items on offer first. */
export async function listMenuItems(deps: VolunteersDeps, ctx: RequestContext, venueId: number, includeInactive: boolean): Promise<MenuItem[]> {
  await venueInScope(deps.db, ctx, venueId, 'view');
  let query = itemsOf(deps.db).where('i.venueId', '=', venueId);
  if (!includeInactive) query = query.where('i.active', '=', true);
  return (await query.orderBy('i.active', 'desc').orderBy('i.category').orderBy('i.id').execute()).map(toItem);
}

/** Adds an item to the menu of an open practice center, post or station whose org is in the caller's entry scope. */
export async function createMenuItem(deps: VolunteersDeps, ctx: RequestContext, input: MenuItemCreate): Promise<MenuItem> {
  try {
    const id = await deps.db.transaction().execute(async (tx) => {
      const venue = await venueInScope(tx, ctx, input.venueId, 'entry');
      if (!offersMenu(venue)) throw fieldError('body.venueId', 'VOLUNTEERS_ORDER_VENUE_KIND');
      const row = await tx
        .insertInto('serviceMenuItems')
        .values({ venueId: input.venueId, category: input.category, name: input.name, description: input.description, createdBy: ctx.actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(ctx), {
        action: 'service_menu.create',
        targetType: 'service_menu_item',
        targetId: row.id,
        summary: { venueId: input.venueId, category: input.category, name: input.name },
      });
      return row.id;
    });
    return toItem(await itemsOf(deps.db).where('i.id', '=', id).executeTakeFirstOrThrow());
  } catch (err) {
    throw nameTaken(err, input.name) ?? err;
  }
}

/** Changes a menu item of a venue in the caller's entry scope, or takes it off the menu; orders already made keep their copy of its name. */
export async function updateMenuItem(deps: VolunteersDeps, ctx: RequestContext, id: number, input: MenuItemUpdate): Promise<MenuItem> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      const current = await itemsOf(tx).where('i.id', '=', id).forUpdate('i').executeTakeFirst();
      if (!current) throw new AppError('COMMON_NOT_FOUND');
      await venueInScope(tx, ctx, current.venueId, 'entry');
      await tx
        .updateTable('serviceMenuItems')
        .set({ ...input, updatedAt: new Date() })
        .where('id', '=', id)
        .execute();
      await recordAudit(tx, auditActorOf(ctx), { action: 'service_menu.update', targetType: 'service_menu_item', targetId: id, summary: input });
    });
  } catch (err) {
    throw (input.name ? nameTaken(err, input.name) : undefined) ?? err;
  }
  return toItem(await itemsOf(deps.db).where('i.id', '=', id).executeTakeFirstOrThrow());
}

/** The menu residents see at an open practice center, post or station; anything else is not found. */
export async function publicMenu(db: Db, venueId: number): Promise<PublicMenu> {
  const venue = await findMenuVenue(db, venueId);
  if (!venue || !offersMenu(venue)) throw new AppError('COMMON_NOT_FOUND');
  const items = await db
    .selectFrom('serviceMenuItems')
    .select(['id', 'category', 'name', 'description'])
    .where('venueId', '=', venueId)
    .where('active', '=', true)
    .orderBy('category')
    .orderBy('id')
    .execute();
  return { venue: { id: venue.id, name: venue.name, address: venue.address }, items };
}
