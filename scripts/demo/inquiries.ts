import { createHash } from 'node:crypto';
import { addDays } from '../../contracts/calendar/working-days';
import { TRACKING_CODE_ALPHABET } from '../../contracts/common/resident';
import type { InquiryRating } from '../../contracts/inquiries/case.schemas';
import { WorkCalendar } from '../../server/modules/calendar';
import { actorOf, loadGrants } from '../../server/modules/identity/actor.repository';
import { remindAndEscalate } from '../../server/modules/inquiries';
import { fileCase } from '../../server/modules/inquiries/cases/case.intake';
import { rateByResident } from '../../server/modules/inquiries/cases/case.public';
import {
  closeCase,
  dispatchCase,
  followUpCase,
  redoCase,
  rejectCase,
  replyCase,
  rerouteCase,
  signCase,
  superviseCase,
} from '../../server/modules/inquiries/cases/case.workflow';
import { decideExtension, requestExtension } from '../../server/modules/inquiries/cases/extension.service';
import type { InquiriesDeps } from '../../server/modules/inquiries/inquiries.deps';
import '../../server/modules/inquiries/inquiries.tables';
import type { Config } from '../../server/platform/config';
import type { PersonalDataCipher } from '../../server/platform/crypto/personal-data';
import type { DbHandle } from '../../server/platform/db/connect';
import type { RequestContext } from '../../server/platform/http/actor';
import { localStorageIn } from '../../server/platform/storage/storage';
import { localDate, localDateTime } from '../../server/platform/time';
import { openDemoOrgs } from './demo-base';
import { Generator } from './org-tree';

/** How many cases the demo city has taken in the last three months. */
export const DEMO_INQUIRIES = 96;

interface Template {
  title: string;
  description: string;
  reply: string;
}

// What residents ask about, by category, and what a unit that looked into it answers.
const TEMPLATES: Record<string, Template[]> = {
  culture_venue: [
    {
      title: '农家书屋周末不开门',
      description: '村里的农家书屋周六周日总是锁着门，孩子们放假想去看书借书都进不去，希望能调整开放时间。',
      reply: '经核实，该书屋管理员周末兼顾其他工作。现已安排志愿者周末轮值，周六、周日9:00—17:00开放，并在门口公示。',
    },
    {
      title: '文化广场路灯损坏',
      description: '文化广场东侧三盏路灯坏了一个多月，晚上跳广场舞、散步的群众很多，存在安全隐患。',
      reply: '已联系供电和维修单位更换灯具，三盏路灯已恢复照明，今后纳入月度巡检。',
    },
    {
      title: '图书馆少儿阅览室座位不够',
      description: '寒暑假期间少儿阅览室经常满座，家长只能站着陪读，能否增加座位或开放其他区域？',
      reply: '已在三楼临时增设少儿阅读区40个座位，假期延长开放至20:00，并开通线上预约。',
    },
  ],
  culture_event: [
    {
      title: '希望多安排戏曲进乡村演出',
      description: '村里老年人喜欢豫剧，今年只来过一次演出，希望文化下乡能多安排几场戏曲。',
      reply: '已将该村列入下季度“戏曲进乡村”演出计划，安排豫剧专场2场，具体时间提前在村广播通知。',
    },
    {
      title: '公益电影放映时间太晚',
      description: '露天电影每次晚上九点才开始，老人孩子等不了，建议提前到七点半。',
      reply: '已与放映队协调，夏季放映时间调整为19:30开始，冬季改在村综合文化服务中心室内放映。',
    },
  ],
  civility: [
    {
      title: '小区公益广告牌破损',
      description: '小区门口的公益广告牌被风刮坏，铁皮翘起来，路过的人容易被划伤。',
      reply: '已督促物业当日拆除破损面板，新的公益广告牌已安装完毕，并对辖区广告牌开展安全排查。',
    },
    {
      title: '游园内不文明遛狗',
      description: '游园里经常有人遛狗不牵绳、不清理粪便，孩子们都不敢在草坪上玩。',
      reply: '已在游园增设文明养犬提示牌，组织志愿者开展文明劝导，城管部门加强巡查。',
    },
    {
      title: '背街小巷乱堆乱放',
      description: '巷子里堆放了很多杂物和废旧家具，影响通行，也有火灾隐患。',
      reply: '社区已组织清理杂物12车，并与沿街住户签订门前“三包”责任书。',
    },
  ],
  volunteer_service: [
    {
      title: '志愿服务时长没有记录',
      description: '上个月参加了社区助老志愿服务，但在平台上查不到服务时长，影响评星。',
      reply: '经核查为活动组织方未及时录入，现已补录服务时长4小时，可在志愿者端查看。',
    },
    {
      title: '想为独居老人申请志愿服务',
      description: '家里老人独居，行动不便，想申请志愿者定期上门帮忙买菜、打扫。',
      reply: '已对接所在社区新时代文明实践站，安排“邻里守望”志愿服务队每周上门两次。',
    },
  ],
  media_content: [
    {
      title: '有线电视信号经常中断',
      description: '最近一周晚上看电视经常卡顿、没信号，打客服电话一直占线。',
      reply: '经检测为片区分支放大器故障，已更换设备，信号恢复正常，并开通故障报修专线。',
    },
    {
      title: '报道中地名有误',
      description: '昨天的新闻报道把我们村的名字写错了，希望能更正。',
      reply: '已核实并在客户端及次日报纸上刊登更正说明，向村民致歉。',
    },
  ],
  education_culture: [
    {
      title: '暑期有没有免费的研学活动',
      description: '孩子放暑假在家，想问一下本地有没有面向中小学生的免费研学或者校外活动。',
      reply: '暑期青少年宫、图书馆、博物馆均开设免费公益课程和研学活动，报名方式已发送至您留的电话。',
    },
  ],
  policy: [
    {
      title: '文化惠民消费券怎么领',
      description: '听说有文化惠民消费券，可以用来看演出、买书，请问在哪里领、怎么用？',
      reply: '消费券通过“文化淇川”小程序每月1日10点发放，可在指定书店、剧院使用，详细规则已在小程序公布。',
    },
    {
      title: '非遗传承人补贴申报',
      description: '我是县级非遗项目的传承人，想了解传承补贴的申报条件和时间。',
      reply: '县级代表性传承人补贴每年3月集中申报，需提交传习活动记录，具体可咨询县文化馆非遗部。',
    },
  ],
};

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const UNSATISFIED = '问题还没有彻底解决，希望再跟进一下。';

/** A tracking code derived from a label, so the demo city is the same every time it loads. */
const demoCode = (label: string) =>
  [...createHash('sha256').update(label).digest().subarray(0, 12)].map((b) => TRACKING_CODE_ALPHABET[b % TRACKING_CODE_ALPHABET.length]).join('');

/** The instant a wall clock in the time zone shows on a day at an hour and minute. */
function atLocal(day: string, hour: number, minute: number, timeZone: string): Date {
  const guess = new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  const shown = new Date(`${localDateTime(guess, timeZone).replace(' ', 'T')}Z`);
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime()));
}

/** What happens to one case after it arrives, as working days after its arrival; a step later than today has not happened yet. */
interface Fate {
  reject?: boolean;
  reroute?: boolean;
  sign: number;
  extension?: 'pending' | 'approved';
  reply: number | null;
  close: number;
  rating: InquiryRating | 'follow_up';
  redo?: boolean;
}

function fateOf(g: Generator, i: number, replyDays: number): Fate {
  if (i % 31 === 7) return { reject: true, sign: 0, reply: null, close: 0, rating: 'satisfied' };
  const late = g.chance(0.12);
  const reply = late ? replyDays + g.int(1, 3) : g.int(1, replyDays);
  const rating: Fate['rating'] = g.chance(0.15) ? 'follow_up' : g.chance(0.1) ? 'unsatisfied' : g.chance(0.25) ? 'basically' : 'satisfied';
  return {
    reroute: i % 23 === 5,
    sign: g.chance(0.85) ? 0 : 1,
    extension: i % 17 === 3 ? 'approved' : i % 29 === 11 ? 'pending' : undefined,
    reply: i % 19 === 9 ? null : reply,
    close: reply + 1,
    rating,
    redo: rating === 'unsatisfied',
  };
}

/**
 * The demo city's inquiries of the last three months, filed and handled through the loop itself on their own days, so
 * every figure, history entry and audit record is what the loop writes: routing rules for the city and its counties,
 * the media's programmes, and cases in every state from just received to rated and redone. Labelled as demo cases.
 */
export async function seedDemoInquiries(dbh: DbHandle, config: Config, cipher: PersonalDataCipher): Promise<void> {
  const db = dbh.db;
  let now = new Date();
  const today = localDate(now, config.timezone);
  const deps: InquiriesDeps = {
    db,
    config,
    cipher,
    storage: localStorageIn(config.dataDir),
    workCalendar: new WorkCalendar(db),
    clock: () => now,
  };
  const orgs = await openDemoOrgs(db);
  const byName = (name: string) => {
    const o = orgs.find((x) => x.name === name);
    if (!o) throw new Error(`demo org ${name} missing`);
    return o;
  };
  const city = orgs.find((o) => o.level === 'city' && o.kind === 'region');
  if (!city) throw new Error('the demo city is missing');
  const counties = orgs.filter((o) => o.level === 'county' && o.kind === 'region');
  const publicityOf = new Map(orgs.filter((o) => o.agencyType === 'department' && o.name.endsWith('委宣传部')).map((o) => [o.parentId, o]));
  const categories = await db.selectFrom('inquiryCategories').select(['id', 'code', 'kind']).orderBy('sort').execute();
  const catId = (code: string) => categories.find((c) => c.code === code)?.id ?? 0;
  const limits = new Map((await db.selectFrom('inquiryTimeLimits').selectAll().execute()).map((l) => [l.kind, l]));
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();

  const cityUnit = {
    culture_venue: '淇川市文化广电和旅游局',
    culture_event: '淇川市文化广电和旅游局',
    civility: '淇川市精神文明建设指导委员会办公室',
    volunteer_service: '淇川市精神文明建设指导委员会办公室',
    media_content: '淇川广播电视台',
    education_culture: '淇川市教育局',
    policy: '中共淇川市委宣传部',
  } as const;
  const rules: { areaOrgId: number; categoryId: number | null; handlerOrgId: number; createdBy: number }[] = [];
  for (const [code, unit] of Object.entries(cityUnit))
    rules.push({ areaOrgId: city.id, categoryId: catId(code), handlerOrgId: byName(unit).id, createdBy: admin.id });
  rules.push({ areaOrgId: city.id, categoryId: null, handlerOrgId: byName('中共淇川市委宣传部').id, createdBy: admin.id });
  // Reading rooms and venues are the city bureau's everywhere; everything else in a county is the county's publicity department's.
  for (const county of counties) {
    const dept = publicityOf.get(county.id);
    if (!dept) continue;
    for (const c of categories)
      if (c.code !== 'culture_venue') rules.push({ areaOrgId: county.id, categoryId: c.id, handlerOrgId: dept.id, createdBy: admin.id });
  }
  await db.insertInto('inquiryRoutingRules').values(rules).execute();
  const programmes = await db
    .insertInto('inquiryProgrammes')
    .values([
      { orgId: byName('淇川广播电视台').id, name: '面对面' },
      { orgId: byName('淇川日报社').id, name: '书记局长听我说' },
    ])
    .returning(['id', 'orgId'])
    .execute();

  // Each demo account's context is built once; a handler is looked up once per unit.
  const contexts = new Map<string, Promise<RequestContext>>();
  const ctxOf = (username: string): Promise<RequestContext> => {
    let ctx = contexts.get(username);
    if (!ctx) {
      ctx = contextOf(username);
      contexts.set(username, ctx);
    }
    return ctx;
  };
  const contextOf = async (username: string): Promise<RequestContext> => {
    const u = await db.selectFrom('users').select(['id', 'username', 'orgId', 'mustChangePassword']).where('username', '=', username).executeTakeFirstOrThrow();
    const actor = actorOf(u, await loadGrants(db, u.id), { id: 'demo', csrfToken: 'demo' });
    return { actor, ip: '127.0.0.1', requestId: 'demo-inquiries', locale: 'zh-CN', userAgent: null };
  };
  const dispatcher = await ctxOf('shi_admin');
  const origin = { ip: '127.0.0.1', requestId: 'demo-inquiries' };
  const areas = orgs.filter((o) => o.kind === 'region' && (o.level === 'village' || o.level === 'township'));
  const g = new Generator(20261207);
  const calendar = deps.workCalendar;
  const first = addDays(today, -90);
  const codes = Object.keys(TEMPLATES);
  type Twin = { t: Template; area: (typeof areas)[number]; address: string; category: (typeof categories)[number] };
  let previous: Twin | null = null;

  for (let i = 0; i < DEMO_INQUIRIES; i++) {
    const received = addDays(first, Math.floor((i * 90) / DEMO_INQUIRIES) + g.int(0, 1));
    if (received > today) break;
    const code = codes[i % codes.length] ?? 'policy';
    const category = categories.find((c) => c.code === code);
    const limit = category && limits.get(category.kind);
    if (!category || !limit) continue;
    // The last two arrive at the same address about the same thing: the dispatcher is shown them as likely duplicates.
    const twin: Twin | null = i === DEMO_INQUIRIES - 1 ? previous : null;
    const t: Template = twin?.t ?? g.pick(TEMPLATES[code] ?? []);
    const area: Twin['area'] = twin?.area ?? g.pick(areas);
    const address: string = twin?.address ?? `${area.name}${g.int(1, 40)}号附近`;
    const cat: Twin['category'] = twin?.category ?? category;
    const onAir = i % 6 === 2 ? g.pick(programmes) : null;
    const anonymous = !onAir && g.chance(0.2);
    const surname = g.pick(SURNAMES);
    now = new Date(Math.min(atLocal(received, g.int(8, 20), g.int(0, 59), config.timezone).getTime(), Date.now() - (DEMO_INQUIRIES - i) * 600_000));
    previous = { t, area, address, category: cat };
    const filed = await db.transaction().execute(async (tx) => {
      const r = await fileCase(
        deps,
        tx,
        { userId: onAir ? admin.id : null, username: onAir ? 'admin' : null, orgId: null, ip: origin.ip, requestId: origin.requestId },
        {
          categoryId: cat.id,
          orgId: area.id,
          title: t.title,
          description: t.description,
          address,
          attributes: {},
          publish: g.chance(0.85),
          anonymous,
          name: anonymous ? undefined : `${surname}${g.chance(0.5) ? '女士' : '先生'}`,
          phone: anonymous ? undefined : `1390000${String(1000 + i).padStart(4, '0')}`,
          channel: onAir ? 'programme' : 'web',
          programmeId: onAir?.id,
          airedOn: onAir ? received : undefined,
        },
        now,
      );
      const lookupCode = demoCode(`inquiry ${i}`);
      await tx.updateTable('inquiries').set({ lookupCode, isDemo: true }).where('id', '=', r.id).execute();
      return { ...r, lookupCode };
    });
    const fate = fateOf(g, i, limit.replyDays);
    const at = async (workingDays: number, hour: number): Promise<boolean> => {
      const day = workingDays === 0 ? received : await calendar.addWorkingDays(received, workingDays);
      if (day > today) return false;
      now = atLocal(day, hour, g.int(0, 59), config.timezone);
      return now.getTime() <= Date.now();
    };
    // The newest few wait for the dispatcher.
    if (i >= DEMO_INQUIRIES - 3 || !(await at(0, 21))) continue;
    if (fate.reject) {
      await rejectCase(deps, dispatcher, filed.id, '反映内容不属于宣传文化工作范围，已告知来电人向12345热线反映。');
      continue;
    }
    await dispatchCase(deps, dispatcher, filed.id, { note: '' });
    const handled = await db.selectFrom('inquiries').select('handlerOrgId').where('id', '=', filed.id).executeTakeFirstOrThrow();
    let handler = await handlerCtx(db, ctxOf, handled.handlerOrgId);
    if (fate.reroute && (await at(1, 9))) {
      const to = byName('中共淇川市委宣传部').id;
      if (to !== handled.handlerOrgId) {
        await rerouteCase(deps, dispatcher, filed.id, { handlerOrgId: to, reason: '涉及多个部门，改由市委宣传部统筹办理。' });
        handler = await handlerCtx(db, ctxOf, to);
      }
    }
    // A few wait for their unit to sign for them, one long past its deadline.
    if (i === DEMO_INQUIRIES - 4 || i === DEMO_INQUIRIES - 5 || i === 60) continue;
    if (!handler || !(await at(fate.sign + (fate.reroute ? 1 : 0), 10))) continue;
    await signCase(deps, handler, filed.id);
    if (fate.extension && (await at(fate.sign + 1, 15))) {
      await requestExtension(deps, handler, filed.id, { days: Math.min(3, limit.maxExtensionDays), reason: '需协调相关单位现场查看，申请延期。' });
      if (fate.extension === 'approved' && (await at(fate.sign + 2, 9))) {
        const ext = await db.selectFrom('inquiryExtensions').select('id').where('inquiryId', '=', filed.id).executeTakeFirstOrThrow();
        await decideExtension(deps, dispatcher, filed.id, ext.id, { approve: true, note: '同意延期，请按期答复。' });
      }
    }
    if (fate.reply === null) {
      if (await at(limit.replyDays, 16)) await superviseCase(deps, dispatcher, filed.id, '已超期，请抓紧办理并答复群众。');
      continue;
    }
    if (fate.extension === 'pending' || !(await at(fate.reply, 16))) continue;
    await replyCase(deps, handler, filed.id, t.reply);
    if (!(await at(fate.close, 11))) continue;
    await closeCase(deps, dispatcher, filed.id);
    if (!(await at(fate.close + 1, 19))) continue;
    if (fate.rating === 'follow_up') await followUpCase(deps, dispatcher, filed.id, { rating: 'satisfied', comment: '回访：群众表示问题已解决。' });
    else await rateByResident(deps, origin, filed.caseNo, filed.lookupCode, { rating: fate.rating, comment: fate.rating === 'unsatisfied' ? UNSATISFIED : '' });
    if (!fate.redo || !(await at(fate.close + 2, 9))) continue;
    await redoCase(deps, dispatcher, filed.id, '群众不满意，请重新办理。');
    if (!(await at(fate.close + 3, 10))) continue;
    await signCase(deps, handler, filed.id);
    if (!(await at(fate.close + 5, 16))) continue;
    await replyCase(deps, handler, filed.id, `${t.reply}重办后已再次上门核实，问题已解决。`);
    if (!(await at(fate.close + 6, 11))) continue;
    await closeCase(deps, dispatcher, filed.id);
    if (await at(fate.close + 7, 19)) await rateByResident(deps, origin, filed.caseNo, filed.lookupCode, { rating: 'satisfied', comment: '' });
  }
  now = new Date();
  await remindAndEscalate(deps, now);
}

// The demo account that handles for a unit: the county admin of a county's publicity department, the bureau's clerk, else the city admin's desk.
async function handlerCtx(db: DbHandle['db'], ctxOf: (username: string) => Promise<RequestContext>, orgId: number | null): Promise<RequestContext | null> {
  if (orgId === null) return null;
  const user = await db
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select('u.username')
    .where('u.orgId', '=', orgId)
    .where('u.isDemo', '=', true)
    .where('r.role', 'in', ['county_admin', 'township_clerk', 'city_admin'])
    .orderBy('u.id')
    .executeTakeFirst();
  return ctxOf(user?.username ?? 'shi_admin');
}
