import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../../scripts/demo/city';
import { DEMO_PASSWORD } from '../../../scripts/demo/seed';
import { PersonalDataCipher } from '../../platform/crypto/personal-data';
import { createTestApp, createTestDb, signIn, type TestDb, testConfig } from '../../test/harness';
import { contentOf, figureRuns, generate, seedMismatches } from './report.test-fixture';

/** The demo city as `npm start` loads it (org tree, accounts, venues, the 2022–2023 ledger), and its 2023 report against the seed report. */
let tdb: TestDb;
let app: FastifyInstance;

beforeAll(async () => {
  tdb = await createTestDb();
  const config = testConfig();
  await seedDemoCity(tdb, config, new PersonalDataCipher(config.dataKey, config.hashKey));
  app = await createTestApp(tdb);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('the demo city’s 2023 report', () => {
  it('states the seed report’s figures wherever the demo data covers them', async () => {
    const client = await signIn(app, 'shi_admin', DEMO_PASSWORD);
    const city = await tdb.db.selectFrom('orgs').select('id').where('level', '=', 'city').where('kind', '=', 'region').executeTakeFirstOrThrow();
    const job = await generate(client, { orgId: city.id, kind: 'year', year: 2023 });
    expect(job.status).toBe('done');
    const content = await contentOf(client, job.id);
    expect(seedMismatches(content)).toEqual([]);
    // Every figure with approved records behind it is stated; only those without records or providers are missing.
    for (const run of figureRuns(content)) if (run.recordCount > 0 && run.missing === null) expect(run.text, run.name).not.toBeNull();
    expect(figureRuns(content).some((r) => r.text !== null)).toBe(true);
    // Role models and honours: every figure of rows 4, 5, 10, 15, 19, 22, 27, 28 and 29 is stated from its register.
    const honours = [
      'lecture_honours',
      'culture_research_rank',
      'tourism_honours',
      'five_diamond_scenic_spots',
      'rural_tourism_routes',
      'konghou_bases',
      'reading_ambassadors',
      'wuge_yi_works',
      'key_opera_projects',
      'civility_honours_standing',
      'volunteer_project_awards',
      'volunteer_project_rank',
      'role_model_venue_events',
      'national_moral_models',
      'provincial_city_moral_models',
      'china_good_people',
      'provincial_good_people',
      'city_good_people',
    ];
    for (const name of honours) {
      const run = figureRuns(content).find((r) => r.name === name);
      expect(run?.text, name).not.toBeNull();
      expect((run?.links.length ?? 0) + (run?.drills.length ?? 0), name).toBeGreaterThan(0);
    }
    // The Word file, read back by a library that opens .docx the way an editor does.
    const docx = await client.request({ method: 'GET', url: `/api/reports/jobs/${job.id}/docx` });
    const { value: printed } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    for (const phrase of [
      '5000余场次',
      '1300余场次',
      '4万余场',
      '10万余场次',
      '近60万册',
      '101座',
      '2161家',
      '3627个',
      '专业志愿服务队20支',
      '志愿服务总队15个',
      '志愿服务队245支',
      '文明实践志愿服务队伍4350支',
      '全国道德模范（含提名奖）9名',
      '省市道德模范153名',
      '上榜中国好人111人、省级好人87人、市级好人294人',
      '我市10个项目获奖，居全省第一位',
      '刘震云、梁晓声、冯杰、李洱',
      '《人民永和》《就是这双手》获省第13届',
    ])
      expect(printed).toContain(phrase);
  });
});
