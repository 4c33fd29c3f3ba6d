import type { Kysely } from 'kysely';
import { checkOrgCode } from '../contracts/identity/org-code';
import { meetsPasswordPolicy } from '../contracts/identity/password-policy';
import { hashPassword, recordAudit } from './modules/identity';
import { saveGrants } from './modules/identity/actor.repository';
import { bulkInsertOrgs } from './modules/identity/org.bulk';
import { temporaryPassword } from './modules/identity/password';
import type { Database } from './platform/db/database';

/** Input of the create-admin command. */
export interface CreateAdminInput {
  username: string;
  displayName?: string | undefined;
  orgCode?: string | undefined;
  cityCode?: string | undefined;
  cityName?: string | undefined;
}

/** Creates a system administrator from the command line (the first account of a new deployment), audited as the CLI. */
export async function createAdmin(db: Kysely<Database>, input: CreateAdminInput): Promise<{ username: string; orgName: string; password: string }> {
  if (!/^[a-zA-Z0-9_.-]{3,32}$/.test(input.username)) throw new Error('--username is required: 3-32 letters, digits, _ . -');
  return db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase()))
      .executeTakeFirst();
    if (taken) throw new Error(`The username ${input.username} is taken`);
    let org = input.orgCode
      ? await tx.selectFrom('orgs').select(['id', 'name']).where('code', '=', input.orgCode).executeTakeFirst()
      : await tx.selectFrom('orgs').select(['id', 'name']).where('parentId', 'is', null).orderBy('id').executeTakeFirst();
    if (!org && !input.orgCode && input.cityCode && input.cityName) {
      if (checkOrgCode(input.cityCode, 'city', 'region', null)) throw new Error('--city-code must be a 6-digit prefecture code such as 419900');
      const ids = await bulkInsertOrgs(tx, [
        {
          key: 'city',
          parentKey: null,
          code: input.cityCode,
          name: input.cityName,
          shortName: null,
          level: 'city',
          kind: 'region',
          agencyType: null,
          population: null,
        },
      ]);
      const id = ids.get('city');
      if (id !== undefined) org = { id, name: input.cityName };
    }
    if (!org) throw new Error(input.orgCode ? `No org with code ${input.orgCode}` : 'The database has no org units: give --city-code and --city-name');
    const password = temporaryPassword();
    if (!meetsPasswordPolicy(password)) throw new Error('generated password does not meet the policy');
    const user = await tx
      .insertInto('users')
      .values({
        username: input.username,
        displayName: input.displayName ?? input.username,
        orgId: org.id,
        passwordHash: await hashPassword(password),
        phoneEnc: null,
        phoneHash: null,
        lockedUntil: null,
        lastLoginAt: null,
        passwordChangedAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveGrants(tx, user.id, { roles: ['system_admin'], viewRoots: [org.id], entryRoots: [org.id] });
    await recordAudit(
      tx,
      { userId: null, username: 'cli', orgId: org.id, ip: null, requestId: null },
      { action: 'user.create', targetType: 'user', targetId: user.id, summary: { username: input.username, roles: ['system_admin'], via: 'create-admin' } },
    );
    return { username: input.username, orgName: org.name, password };
  });
}
