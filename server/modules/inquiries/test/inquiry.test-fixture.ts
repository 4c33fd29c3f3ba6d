import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { InquiryDetail, InquiryReceipt } from '../../../../contracts/inquiries/case.schemas';
import type { InquiryCategory } from '../../../../contracts/inquiries/category.schemas';
import { type FixtureTree, loadFixtureTree } from '../../../test/fixture-tree';
import { PersonalDataCipher } from '../../../platform/crypto/personal-data';
import { localStorageIn } from '../../../platform/storage/storage';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb, testConfig } from '../../../test/harness';
import { WorkCalendar } from '../../calendar';
import type { InquiriesDeps } from '../inquiries.deps';
import '../inquiries.tables';

/** The small test city with the desks an inquiry passes: the city, two counties, a city bureau and a township. */
export interface InquiryWorld {
  tdb: TestDb;
  app: FastifyInstance;
  tree: FixtureTree;
  city: TestClient;
  adminA: TestClient;
  adminB: TestClient;
  bureau: TestClient;
  clerkA: TestClient;
  categories: InquiryCategory[];
  /** The module's services as the server composes them, for the scheduled reminders. */
  deps: InquiriesDeps;
}

/** Builds the world with a prefix for its usernames, so two test files never share an account. */
export async function inquiryWorld(prefix: string): Promise<InquiryWorld> {
  const tdb = await createTestDb();
  const tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: `${prefix}_city`, orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  await createTestUser(tdb.db, { username: `${prefix}_admin_a`, orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  await createTestUser(tdb.db, { username: `${prefix}_admin_b`, orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: `${prefix}_bureau`, orgId: tree.cityAgency, roles: ['township_clerk'], view: [tree.cityAgency] });
  await createTestUser(tdb.db, { username: `${prefix}_clerk_a`, orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  const app = await createTestApp(tdb);
  const config = testConfig();
  const city = await signIn(app, `${prefix}_city`);
  const categories = await ok<InquiryCategory[]>(city, 'GET', '/api/inquiries/categories');
  return {
    tdb,
    app,
    tree,
    city,
    adminA: await signIn(app, `${prefix}_admin_a`),
    adminB: await signIn(app, `${prefix}_admin_b`),
    bureau: await signIn(app, `${prefix}_bureau`),
    clerkA: await signIn(app, `${prefix}_clerk_a`),
    categories,
    deps: {
      db: tdb.db,
      config,
      cipher: new PersonalDataCipher(config.dataKey, config.hashKey),
      storage: localStorageIn(config.dataDir),
      workCalendar: new WorkCalendar(tdb.db),
    },
  };
}

/** Calls a route that must succeed and answers its JSON. */
export async function ok<T>(
  client: TestClient,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  query?: Record<string, string | number>,
): Promise<T> {
  const res = await client.request({ method, url, body, query });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return (res.statusCode === 204 ? null : res.json()) as T;
}

/** A resident's anonymous case from the phone page. */
export async function ask(app: FastifyInstance, body: Record<string, unknown>): Promise<InquiryReceipt> {
  const res = await app.inject({ method: 'POST', url: '/api/public/inquiries', payload: { anonymous: true, address: '甲一路1号', ...body } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as InquiryReceipt;
}

/** The id of a case by its number. */
export async function idOf(w: InquiryWorld, caseNo: string): Promise<number> {
  return (await w.tdb.db.selectFrom('inquiries').select('id').where('caseNo', '=', caseNo).executeTakeFirstOrThrow()).id;
}

/** Runs a step of the loop as a client, answering the case as it then stands. */
export function step(client: TestClient, id: number, action: string, body?: unknown): Promise<InquiryDetail> {
  return ok<InquiryDetail>(client, 'POST', `/api/inquiries/${id}/${action}`, body);
}
