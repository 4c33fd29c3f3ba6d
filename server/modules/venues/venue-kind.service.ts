import { checkDeclaration } from '../../../contracts/activities/field-declaration';
import type { VenueKind, VenueKindWrite } from '../../../contracts/venues';
import { isUniqueViolation } from '../../platform/db/errors';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { assertCityWideEntry, auditActorOf, recordAudit } from '../identity';
import { findVenueKinds } from './venue.repository';
import type { VenuesDeps } from './venues.deps';

function assertFieldsValid(input: VenueKindWrite): void {
  const problems = checkDeclaration(input.fields, [], new Set());
  // A venue's values are not snapshotted against a registry, so its kinds declare no reference fields.
  input.fields.forEach((f, i) => {
    if (f.type === 'reference') problems.push({ path: `fields.${i}.type`, code: 'ACTIVITIES_FIELD_REF', params: { key: f.key } });
  });
  if (problems.length === 0) return;
  throw new AppError(
    'VENUES_KIND_INVALID',
    {},
    problems.map((p) => ({ path: `body.${p.path}`, code: p.code, params: p.params })),
  );
}

/**
 * Adds a venue kind, or changes one (names, the org level its coverage rule counts, its fields, whether it is offered). A code
 * once made stays: venues and coverage rules point at it. Removing a field keeps the values venues already hold.
 */
export async function saveVenueKind(deps: VenuesDeps, ctx: RequestContext, input: VenueKindWrite, mode: 'create' | 'update'): Promise<VenueKind> {
  assertFieldsValid(input);
  // Kinds are shared by the whole city, so only someone who enters data for all of it may change them.
  await assertCityWideEntry(deps.db, ctx.actor);
  const values = { nameZh: input.nameZh, nameEn: input.nameEn, orgLevel: input.orgLevel, fields: JSON.stringify(input.fields), active: input.active };
  try {
    await deps.db.transaction().execute(async (tx) => {
      if (mode === 'create')
        await tx
          .insertInto('venueKinds')
          .values({ code: input.code, ...values })
          .execute();
      else {
        const done = await tx.updateTable('venueKinds').set(values).where('code', '=', input.code).executeTakeFirst();
        if (Number(done.numUpdatedRows) === 0) throw new AppError('VENUES_KIND_NOT_FOUND', { code: input.code });
      }
      await recordAudit(tx, auditActorOf(ctx), { action: 'venue_kind.save', targetType: 'venue_kind', summary: { mode, ...input } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('VENUES_KIND_EXISTS', { code: input.code });
    throw err;
  }
  return (await findVenueKinds(deps.db)).find((k) => k.code === input.code) as VenueKind;
}
