import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import type { Role } from '../../contracts/identity/permissions';
import { hashPassword } from '../modules/identity/password';
import { saveGrants } from '../modules/identity/actor.repository';
import { type Config, loadConfig } from '../platform/config';
import { connectPglite, connectPostgres, type DbHandle } from '../platform/db/connect';
import type { Db } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrator';
import { createServer } from '../server';

/** A migrated, empty database for one test file: PostgreSQL when DATABASE_URL is set, else in-memory PGlite. */
export interface TestDb extends DbHandle {
  migrationVersion: string;
}

/** Opens a fresh database; on PostgreSQL a new database is created and dropped on close. */
export async function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dbh = await connectPglite('memory://');
    return { ...dbh, migrationVersion: await migrateToLatest(dbh.db) };
  }
  const name = `xw_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const dbh = connectPostgres(target.toString(), 4);
  const migrationVersion = await migrateToLatest(dbh.db);
  return {
    ...dbh,
    migrationVersion,
    async close() {
      await dbh.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}

/** A test configuration: fixed throwaway keys, a temporary data folder, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = mkdtempSync(join(tmpdir(), 'xw-test-'));
  const base = loadConfig({
    DATA_DIR: dataDir,
    XUANWEN_DATA_KEY: '00112233445566778899aabbccddeeff',
    XUANWEN_HASH_KEY: 'ffeeddccbbaa99887766554433221100',
    LOG_LEVEL: 'silent',
  });
  return { ...base, jobPollSeconds: 0.5, ...overrides };
}

/** The app over a test database. */
export async function createTestApp(tdb: TestDb, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await createServer({ config: testConfig(overrides), dbh: tdb, migrationVersion: tdb.migrationVersion });
  await app.ready();
  return app;
}

/** The password every fixture account gets. */
export const TEST_PASSWORD = 'Test#Pass2026';

/** Creates an account directly (fixtures); it does not need a password change unless asked. */
export async function createTestUser(
  db: Db,
  u: { username: string; orgId: number; roles: Role[]; view: number[]; entry?: number[]; mustChangePassword?: boolean; password?: string },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      username: u.username,
      displayName: u.username,
      orgId: u.orgId,
      passwordHash: await hashPassword(u.password ?? TEST_PASSWORD),
      mustChangePassword: u.mustChangePassword ?? false,
      phoneEnc: null,
      phoneHash: null,
      lockedUntil: null,
      lastLoginAt: null,
      passwordChangedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await saveGrants(db, row.id, { roles: u.roles, viewRoots: u.view, entryRoots: u.entry ?? u.view });
  return row.id;
}

/** A signed-in HTTP client over app.inject that carries the cookie and CSRF token like the web app. */
export interface TestClient {
  cookie: string;
  csrf: string;
  request(opts: {
    method: InjectOptions['method'];
    url: string;
    body?: unknown;
    query?: Record<string, string | number>;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
}

/** Signs in through the real login route and returns a client. */
export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<TestClient> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'xw_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const client: TestClient = {
    cookie: cookie.value,
    csrf,
    request: ({ method, url, body, query, headers }) =>
      app.inject({
        method,
        url,
        query: query ? Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) : undefined,
        cookies: { xw_session: cookie.value },
        headers: { 'x-csrf-token': csrf, ...(headers ?? {}) },
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      }),
  };
  return client;
}
