import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURES } from '../../../contracts/reports/figures';
import {
  type EffectiveTemplate,
  ReportContentSchema,
  type ReportJob,
  type TemplateCheck,
  type TemplateVersion,
} from '../../../contracts/reports/report.schemas';
import { parseTemplate, figuresOf } from '../../../contracts/reports/template-grammar';
import { unzipSync } from '../../test/zip-read';
import { DEFAULT_TEMPLATE } from './default-template';
import {
  approveOnlineLecture,
  contentOf,
  createReportsWorld,
  figureRuns,
  generate,
  type ReportsWorld,
  seedMismatches,
  writeSeedMagnitudes,
} from './report.test-fixture';

let w: ReportsWorld;

beforeAll(async () => {
  w = await createReportsWorld();
  await writeSeedMagnitudes(w.tdb.db, w.tree);
});
afterAll(async () => {
  await w?.app.close();
  await w?.tdb.close();
});

const errorOf = (res: { json(): unknown }) => (res.json() as { error: { code: string; message: string; fields?: { path: string; message: string }[] } }).error;
const runOf = (content: Parameters<typeof figureRuns>[0], name: string) => figureRuns(content).find((r) => r.name === name);

function documentText(docx: Buffer): { xml: string; text: string; files: Map<string, Buffer> } {
  const files = unzipSync(docx);
  const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { xml, text, files };
}

describe('the default template', () => {
  it('parses cleanly and places every figure of the seed report', () => {
    const parsed = parseTemplate(DEFAULT_TEMPLATE);
    expect(parsed.problems).toEqual([]);
    expect(new Set(figuresOf(parsed))).toEqual(new Set(FIGURES.map((f) => f.name)));
    expect(parsed.blocks.filter((b) => b.kind === 'heading1')).toHaveLength(5);
    expect(parsed.blocks.filter((b) => b.kind === 'heading2')).toHaveLength(15);
  });
});

describe('the 2023 report of the city', () => {
  let job: ReportJob;

  it('is generated as a job with progress, within three seconds', async () => {
    job = await generate(w.sysadmin, { orgId: w.tree.city, kind: 'year', year: 2023 });
    expect(job).toMatchObject({ status: 'done', progress: 100, error: null });
    expect(job.durationMs).toBeLessThan(3000);
  });

  it('states the seed report’s figures wherever the data covers them, in the seed’s words', async () => {
    const content = await contentOf(w.sysadmin, job.id);
    expect(ReportContentSchema.parse(content)).toEqual(content);
    expect(content.title.map((r) => (r.type === 'text' ? r.text : r.text)).join('')).toBe('关于2023年全市宣传思想工作总结报告');
    const stated = Object.fromEntries(
      figureRuns(content)
        .filter((r) => r.text !== null)
        .map((r) => [r.name, r.text]),
    );
    expect(stated).toEqual({
      city_group_sessions: '9次以上',
      all_study_sessions: '5000余场次',
      online_lectures: '1300余场次',
      book_holdings: '近60万册',
      mass_cultural_events: '4万余场',
      service_activities: '10万余场次',
      role_model_venue_events: '100余次',
      department_study_sessions: '30场（次）以上',
    });
    expect(seedMismatches(content)).toEqual([]);
    expect(content.sections.map((s) => s.heading?.number ?? null)).toEqual([null, '一、', '二、', '三、', '四、', '五、', null]);
    expect(content.sections[1]?.blocks.filter((b) => b.kind === 'heading2').map((b) => b.number)).toEqual(['（一）', '（二）', '（三）']);
    expect(content.noData).toBe(false);
  });

  it('links every stated figure to its records, and marks figures no module provides as missing, never inventing them', async () => {
    const content = await contentOf(w.sysadmin, job.id);
    expect(runOf(content, 'online_lectures')?.drills).toEqual([{ orgId: w.tree.city, measure: 'online_lectures', from: '2023-01-01', to: '2023-12-31' }]);
    expect(runOf(content, 'service_activities')?.drills[0]).toMatchObject({ measure: 'service_activities', from: '2018-01-01', to: '2023-12-31' });
    const drill = runOf(content, 'online_lectures')?.drills[0];
    const listed = await w.sysadmin.request({ method: 'GET', url: '/api/stats/drill', query: { ...(drill ?? {}), page: 1, pageSize: 10 } });
    expect(listed.json()).toMatchObject({ value: 1342, total: 2 });
    const awards = runOf(content, 'media_breakthroughs');
    expect(awards).toMatchObject({ text: null, value: null, missing: 'no_provider' });
    expect(content.warnings.find((x) => x.figure === 'media_breakthroughs')?.message).toContain('尚无业务模块提供数据');
    // Volunteer teams are a register now: with none here the figure is missing for want of records, with its list linked.
    expect(runOf(content, 'volunteer_corps')).toMatchObject({ text: null, value: 0, missing: 'no_records' });
    expect(runOf(content, 'volunteer_corps')?.links[0]?.path).toContain('/volunteer-teams?');
    const missing = figureRuns(content)
      .filter((r) => r.missing !== null)
      .map((r) => r.name);
    expect(missing).toContain('media_breakthroughs');
    // A module that provides a count but holds no rows here: missing for want of records, not invented as zero.
    expect(runOf(content, 'practice_stations')).toMatchObject({ text: null });
    expect(missing).not.toContain('online_lectures');
  });

  it('writes a Word file in the official layout that leaves out the clauses of missing figures', async () => {
    const res = await w.sysadmin.request({ method: 'GET', url: `/api/reports/jobs/${job.id}/docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('测试市2023年宣传思想工作总结报告.docx'));
    const { xml, text, files } = documentText(res.rawPayload);
    // A4 and the margins of GB/T 9704 (37, 35, 28, 26 mm), in twips.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-8\d\d"\/>/);
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(xml).toContain(`w:eastAsia="${font}"`);
    expect(xml).toContain('w:sz w:val="44"');
    expect(text).toContain('关于2023年全市宣传思想工作总结报告');
    expect(text).toContain('一、高扬伟大思想旗帜');
    expect(text).toContain('（一）以上率下，抓好“关键少数”理论学习');
    expect(text).toContain('市委理论学习中心组每年开展集体学习9次以上，带动全市各级理论中心组开展学习5000余场次。');
    expect(text).toContain('启动城市书房建设三年行动计划，藏书近60万册。');
    expect(text).not.toContain('“馨香书坊”、');
    expect(text).not.toContain('实践站');
    // A sentence left with only its lead-in is left out whole; one that keeps more keeps its full stop.
    expect(text).not.toContain('全省兴文化课题结项评选');
    expect(text).not.toContain('在全省志愿服务项目大赛中');
    expect(text).toContain('在完善体制机制、整合阵地资源、建强实践队伍、精准服务群众上下功夫。广泛开展志愿服务，累计开展志愿服务活动10万余场次，');
    expect(text).toContain('2024年的大幕即将拉开');
    const settings = files.get('word/settings.xml')?.toString('utf8') ?? '';
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const footers = [...files.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => files.get(k)?.toString('utf8') ?? '');
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain('PAGE');
      expect(f).toContain('— ');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('w:sz w:val="28"');
    }
    expect(footers.map((f) => /<w:jc w:val="(right|left)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
    expect(xml).toContain('w:evenReference'.replace('evenReference', 'footerReference w:type="even"'));
  });
});

describe('indicators over HTTP', () => {
  it('lists indicators with their availability and evaluates them with the previous period', async () => {
    const list = (await w.sysadmin.request({ method: 'GET', url: '/api/stats/indicators' })).json() as {
      code: string;
      aggregation: string;
      available: boolean;
    }[];
    expect(list.find((i) => i.code === 'book_holdings')).toMatchObject({ aggregation: 'last', available: true });
    expect(list.find((i) => i.code === 'reading_rooms')).toMatchObject({ aggregation: 'count', available: true });
    expect(list.find((i) => i.code === 'volunteer_corps')).toMatchObject({ aggregation: 'count', available: true });
    expect(list.find((i) => i.code === 'media_breakthroughs')).toMatchObject({ available: false });
    const res = await w.sysadmin.request({
      method: 'GET',
      url: '/api/stats/indicators/evaluate',
      query: { orgId: w.tree.city, kind: 'year', year: 2023, codes: 'online_lectures,book_holdings,service_activities_cumulative', compare: 'true' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const values = (res.json() as { values: { code: string; value: number; previous: { value: number } | null }[] }).values;
    expect(values.map((v) => [v.code, v.value, v.previous?.value])).toEqual([
      ['online_lectures', 1342, 0],
      ['book_holdings', 598_000, 0],
      ['service_activities_cumulative', 103_456, 70_000],
    ]);
    const bad = await w.sysadmin.request({
      method: 'GET',
      url: '/api/stats/indicators/evaluate',
      query: { orgId: w.tree.city, kind: 'quarter', year: 2023, codes: 'lectures' },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('reports of a county and of other periods', () => {
  it('counts only the county, and changes when an underlying record is approved', async () => {
    const before = await contentOf(w.adminA, (await generate(w.adminA, { orgId: w.tree.countyA, kind: 'year', year: 2023 })).id);
    expect(before.title.map((r) => (r.type === 'text' ? r.text : '')).join('')).toBe('关于2023年全区宣传思想工作总结报告');
    expect(runOf(before, 'online_lectures')).toMatchObject({ value: 600, text: '600场次' });
    expect(runOf(before, 'all_study_sessions')).toMatchObject({ value: 2000, text: '2000场次' });
    expect(runOf(before, 'city_group_sessions')).toMatchObject({ text: null, missing: 'no_records' });
    await approveOnlineLecture(w, w.tree.townshipA);
    const after = await contentOf(w.adminA, (await generate(w.adminA, { orgId: w.tree.countyA, kind: 'year', year: 2023 })).id);
    expect(runOf(after, 'online_lectures')).toMatchObject({ value: 601, text: '600余场次' });
    const city = await contentOf(w.sysadmin, (await generate(w.sysadmin, { orgId: w.tree.city, kind: 'year', year: 2023 })).id);
    expect(runOf(city, 'online_lectures')?.value).toBe(1343);
  });

  it('refuses a county user the city’s report without creating a job', async () => {
    const jobsBefore = await w.tdb.db
      .selectFrom('reportJobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await w.adminA.request({ method: 'POST', url: '/api/reports/jobs', body: { orgId: w.tree.city, kind: 'year', year: 2023 } });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('COMMON_NOT_FOUND');
    const jobsAfter = await w.tdb.db
      .selectFrom('reportJobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(jobsAfter.n)).toBe(Number(jobsBefore.n));
    const cityJob = await generate(w.sysadmin, { orgId: w.tree.city, kind: 'quarter', year: 2023, index: 1 });
    expect((await w.adminA.request({ method: 'GET', url: `/api/reports/jobs/${cityJob.id}` })).statusCode).toBe(404);
    expect((await w.adminA.request({ method: 'GET', url: `/api/reports/jobs/${cityJob.id}/docx` })).statusCode).toBe(404);
  });

  it('says so when the period has no data', async () => {
    const job = await generate(w.sysadmin, { orgId: w.tree.city, kind: 'half', year: 2019, index: 1 });
    expect(job.status).toBe('done');
    expect(job.warnings[0]).toMatchObject({ code: 'NO_DATA', message: '测试市2019年上半年没有已审核的工作记录，报告中的统计数据均无法生成' });
    const content = await contentOf(w.sysadmin, job.id);
    expect(content).toMatchObject({ noData: true, periodName: '2019年上半年', from: '2019-01-01', to: '2019-06-30' });
    expect(figureRuns(content).every((r) => r.text === null)).toBe(true);
    const { text } = documentText((await w.sysadmin.request({ method: 'GET', url: `/api/reports/jobs/${job.id}/docx` })).rawPayload);
    expect(text).toContain('没有已审核的工作记录');
  });

  it('refuses a malformed period', async () => {
    const res = await w.sysadmin.request({ method: 'POST', url: '/api/reports/jobs', body: { orgId: w.tree.city, kind: 'half', year: 2023, index: 3 } });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('COMMON_VALIDATION');
  });
});

describe('templates', () => {
  const getTemplate = async (orgId: number) =>
    (await w.adminA.request({ method: 'GET', url: '/api/reports/template', query: { orgId } })).json() as EffectiveTemplate;

  it('checks a text and answers every problem at its spot', async () => {
    const res = await w.adminA.request({ method: 'POST', url: '/api/reports/template/check', body: { text: '= 题\n开展{nope}与{online_lectures' } });
    const check = res.json() as TemplateCheck;
    expect(check.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['UNKNOWN_FIGURE', 2, 4],
      ['UNCLOSED_BRACE', 2, 10],
    ]);
    expect(check.problems[0]?.message).toBe('第2行第4列：没有名为“nope”的数据项');
    const en = await w.adminA.request({ method: 'POST', url: '/api/reports/template/check', body: { text: '' }, headers: { 'accept-language': 'en' } });
    expect((en.json() as TemplateCheck).problems[0]?.message).toBe('Line 1, column 1: The template is empty: it needs a title and at least one paragraph');
  });

  it('refuses to save an empty template, unknown figures and unbalanced braces', async () => {
    for (const [text, first] of [
      ['', '模板是空的'],
      ['= 题\n开展{lectures_online}场', '第2行第4列：没有名为“lectures_online”的数据项'],
      ['= 题\n开展{online_lectures场', '第2行第3列：“{”没有对应的“}”'],
      ['= 题\n开展online_lectures}场', '第2行第18列：“}”前面没有对应的“{”'],
    ] as const) {
      const res = await w.adminA.request({ method: 'PUT', url: '/api/reports/template', body: { orgId: w.tree.countyA, text, baseVersion: 0 } });
      expect(res.statusCode, text).toBe(400);
      const e = errorOf(res);
      expect(e.code).toBe('REPORTS_TEMPLATE_INVALID');
      expect(e.message).toContain(first);
      expect(e.fields?.[0]?.message).toContain(first);
    }
    expect((await getTemplate(w.tree.countyA)).ownVersion).toBe(0);
  });

  it('keeps versions of a county’s own template, uses it for the county’s report, and restores the default', async () => {
    expect(await getTemplate(w.tree.countyA)).toMatchObject({ sourceOrgId: null, version: 0, ownVersion: 0 });
    const text = '= 关于{period}{org_area}宣讲工作情况\n{org_self}开展网上理论宣讲{online_lectures|exact}。\n---\n下一步将继续努力。';
    const saved = await w.adminA.request({
      method: 'PUT',
      url: '/api/reports/template',
      body: { orgId: w.tree.countyA, text, note: '精简版', baseVersion: 0 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ sourceOrgId: w.tree.countyA, version: 1, ownVersion: 1, text });
    const stale = await w.adminA.request({ method: 'PUT', url: '/api/reports/template', body: { orgId: w.tree.countyA, text, baseVersion: 0 } });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('REPORTS_TEMPLATE_CHANGED');
    // The township under county A inherits the county's template.
    expect(await getTemplate(w.tree.townshipA)).toMatchObject({ sourceOrgId: w.tree.countyA, version: 1, ownVersion: 0 });
    const content = await contentOf(w.adminA, (await generate(w.adminA, { orgId: w.tree.countyA, kind: 'year', year: 2023 })).id);
    expect(content.template).toEqual({ sourceOrgId: w.tree.countyA, version: 1 });
    expect(content.sections[0]?.blocks[0]?.runs.map((r) => (r.type === 'text' ? r.text : r.text)).join('')).toBe('我区开展网上理论宣讲601场次。');
    const restored = await w.adminA.request({ method: 'POST', url: '/api/reports/template/restore-default', body: { orgId: w.tree.countyA } });
    expect(restored.json()).toMatchObject({ version: 2, text: DEFAULT_TEMPLATE });
    const versions = (
      await w.adminA.request({ method: 'GET', url: '/api/reports/template/versions', query: { orgId: w.tree.countyA } })
    ).json() as TemplateVersion[];
    expect(versions.map((v) => [v.version, v.note, v.restoredDefault, v.createdBy])).toEqual([
      [2, '', true, 'admin_a'],
      [1, '精简版', false, 'admin_a'],
    ]);
  });

  it('lets a county admin change only templates in the county', async () => {
    const res = await w.adminA.request({ method: 'PUT', url: '/api/reports/template', body: { orgId: w.tree.city, text: '= 题\n正文', baseVersion: 0 } });
    expect(res.statusCode).toBe(404);
    const viewer = await w.reviewerA.request({
      method: 'PUT',
      url: '/api/reports/template',
      body: { orgId: w.tree.countyA, text: '= 题\n正文', baseVersion: 2 },
    });
    expect(viewer.statusCode).toBe(403);
  });

  it('lists the figures with their kinds and whether a module provides them', async () => {
    const figures = (await w.adminA.request({ method: 'GET', url: '/api/reports/figures' })).json() as { name: string; kind: string; available: boolean }[];
    expect(figures).toHaveLength(FIGURES.length);
    expect(figures.find((f) => f.name === 'online_lectures')).toMatchObject({ kind: 'flow', available: true });
    expect(figures.find((f) => f.name === 'reading_rooms')).toMatchObject({ kind: 'registry', available: true });
    expect(figures.find((f) => f.name === 'volunteer_corps')).toMatchObject({ kind: 'registry', available: true });
    expect(figures.find((f) => f.name === 'media_breakthroughs')).toMatchObject({ available: false });
  });
});
