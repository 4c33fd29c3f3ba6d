import ExcelJS from 'exceljs';
import type { ImportRowError } from '../../../../contracts/activities/import.schemas';
import type { Locale } from '../../../../contracts/common/locale';
import { formatMessage } from '../../../../contracts/common/locale';
import { ERRORS, type ErrorCode } from '../../../../contracts/errors';
import type { VolunteerImportResult } from '../../../../contracts/volunteers';
import { ageOn } from '../../../../contracts/volunteers/resident-id';
import { GUARDIAN_AGE, type VolunteerCreate } from '../../../../contracts/volunteers/volunteer.schemas';
import type { Db } from '../../../platform/db/database';
import { readTemplateRows } from '../../../platform/files/import-sheet';
import { dateOf, plainOf, type RawCell } from '../../../platform/files/sheet-cells';
import { type EntryOrg, orgCell, orgResolver } from '../../../platform/files/sheet-orgs';
import { columnLetter, NO, REQUIRED_MARK, YES } from '../../../platform/files/sheet-words';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { localDate } from '../../../platform/time';
import { auditActorOf, openOrgsInScope, recordAudit } from '../../identity';
import { teamForChange } from '../teams/team.repository';
import { establishIdentity } from './volunteer.identity';
import { alreadyRegistered, idNumberHash, insertVolunteer, withDuplicateAnswer } from './volunteer.service';
import type { VolunteersDeps } from '../volunteers.deps';

/** The most people one team registers in one sheet. */
export const MAX_VOLUNTEER_IMPORT_ROWS = 2000;
const CONSENT_VERSION = '2026-1';
const ID_TYPES = {
  居民身份证: 'resident_id',
  护照: 'passport',
  港澳居民来往内地通行证: 'hk_macao_pass',
  台湾居民来往大陆通行证: 'taiwan_pass',
  外国人永久居留身份证: 'foreign_permit',
} as const;
const SEXES = { 男: 'male', 女: 'female' } as const;
const MOBILE = /^1[3-9]\d{9}$/;

/** The columns of the team registration sheet; birth date and sex are asked only for documents other than the resident ID. */
export const VOLUNTEER_COLUMNS = [
  { header: '姓名', required: true, help: '不超过50字' },
  { header: '证件类型', required: false, help: `不填为居民身份证；可选：${Object.keys(ID_TYPES).join('、')}` },
  { header: '证件号码', required: true, help: '居民身份证按 GB 11643 校验，出生日期和性别从号码读出，无需再填' },
  { header: '性别', required: false, help: '仅非居民身份证填写：男或女' },
  { header: '出生日期', required: false, help: '仅非居民身份证填写，如 1990-05-17' },
  { header: '手机号', required: true, help: '11位手机号，加密保存' },
  { header: '技能特长', required: false, help: '多项用顿号分隔' },
  { header: '所属社区', required: true, help: '从下拉列表选择村（社区）' },
  { header: '本人同意个人信息处理规则', required: true, help: `须为“${YES}”` },
  { header: '监护人姓名', required: false, help: '未满14周岁必填' },
  { header: '监护人手机', required: false, help: '未满14周岁必填' },
  { header: '监护人同意', required: false, help: `未满14周岁须为“${YES}”` },
] as const;
const HEADERS = VOLUNTEER_COLUMNS.map((c) => (c.required ? `${c.header}${REQUIRED_MARK}` : c.header));

async function communities(db: Db, ctx: RequestContext): Promise<EntryOrg[]> {
  const open = await openOrgsInScope(db, ctx.actor, 'entry');
  const villages = await db
    .selectFrom('orgs')
    .select('id')
    .where(
      'id',
      'in',
      open.map((o) => o.id),
    )
    .where('level', '=', 'village')
    .where('kind', '=', 'region')
    .execute();
  const ids = new Set(villages.map((v) => v.id));
  return open.filter((o) => ids.has(o.id));
}

/** The registration sheet of a team: headers with notes, the communities the user may register for, a guide. */
export async function volunteerTemplate(
  deps: VolunteersDeps,
  ctx: RequestContext,
  teamId: number,
): Promise<{ content: Buffer; filename: string; localizedFilename: string }> {
  const team = await teamForChange(deps.db, ctx.actor, teamId);
  const villages = await communities(deps.db, ctx);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('志愿者名单', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet('选项', { state: 'veryHidden' });
  sheet.columns = HEADERS.map((header) => ({ header, width: Math.max(12, header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  HEADERS.forEach((_, i) => {
    sheet.getRow(1).getCell(i + 1).note = VOLUNTEER_COLUMNS[i]?.help ?? '';
  });
  villages.forEach((v, i) => {
    lists.getCell(i + 1, 1).value = orgCell(v);
  });
  Object.keys(ID_TYPES).forEach((t, i) => {
    lists.getCell(i + 1, 2).value = t;
  });
  [YES, NO].forEach((w, i) => {
    lists.getCell(i + 1, 3).value = w;
  });
  const listOf: Record<number, string> = {
    1: `选项!$B$1:$B$${Object.keys(ID_TYPES).length}`,
    7: `选项!$A$1:$A$${Math.max(1, villages.length)}`,
    8: '选项!$C$1:$C$2',
    11: '选项!$C$1:$C$2',
  };
  for (const [col, ref] of Object.entries(listOf)) {
    for (let r = 2; r <= MAX_VOLUNTEER_IMPORT_ROWS + 1; r++) {
      sheet.getCell(r, Number(col) + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [ref],
        showErrorMessage: true,
        errorTitle: '输入有误',
        error: '请从下拉列表中选择',
      };
    }
  }
  const guide = wb.addWorksheet('填写说明');
  guide.columns = [
    { header: '列', width: 6 },
    { header: '表头', width: 28 },
    { header: '填写要求', width: 80 },
  ];
  HEADERS.forEach((h, i) => {
    guide.addRow([columnLetter(i + 1), h, VOLUNTEER_COLUMNS[i]?.help ?? '']);
  });
  guide.addRow([]);
  guide.addRow(['', '说明', `导入后全部成为“${team.name}”的队员。同一证件只能登记一次；任何一行有误则整表不导入。一次最多 ${MAX_VOLUNTEER_IMPORT_ROWS} 行。`]);
  return {
    content: Buffer.from(await wb.xlsx.writeBuffer()),
    filename: `volunteer-template-team-${team.id}.xlsx`,
    localizedFilename: `${team.name}志愿者导入模板.xlsx`,
  };
}

const message = (code: ErrorCode, locale: Locale, params: Record<string, unknown> = {}) => formatMessage(ERRORS[code].message[locale], params);

const M = {
  required: { 'zh-CN': '必填项未填写', en: 'Required, but empty' },
  idType: { 'zh-CN': '证件类型可选：{v}', en: 'The document type is one of: {v}' },
  sex: { 'zh-CN': '请填写“男”或“女”', en: 'Write 男 (male) or 女 (female)' },
  phone: { 'zh-CN': '“{v}”不是11位手机号', en: '“{v}” is not an 11-digit mobile number' },
  community: { 'zh-CN': '不是您可登记的村（社区），请从下拉列表中选择', en: 'Not a community you may register for; pick one from the list' },
  twice: { 'zh-CN': '与第 {v} 行是同一证件', en: 'The same document as row {v}' },
} as const;
const say = (key: keyof typeof M, locale: Locale, v: string | number = '') => M[key][locale].replace('{v}', String(v));

interface Checked {
  row: number;
  input: VolunteerCreate;
}

/**
 * Registers a team's people from its sheet and makes them approved members: every row is checked as staff registration
 * checks one (ID document, consent, a guardian under 14, a community in the user's entry scope) and against the register
 * and the rest of the sheet; then all go in in one transaction, or none do.
 */
export async function importVolunteers(deps: VolunteersDeps, ctx: RequestContext, teamId: number, bytes: Buffer): Promise<VolunteerImportResult> {
  const team = await teamForChange(deps.db, ctx.actor, teamId);
  const rows = await readTemplateRows(bytes, MAX_VOLUNTEER_IMPORT_ROWS, HEADERS);
  const locale = ctx.locale;
  const day = localDate(new Date(), deps.config.timezone);
  const resolve = orgResolver(await communities(deps.db, ctx));
  const errors: ImportRowError[] = [];
  const good: Checked[] = [];
  const seen = new Map<string, number>();
  for (const [k, cells] of rows.slice(1).entries()) {
    const n = k + 2;
    const plain = HEADERS.map((_, i) => plainOf((cells as RawCell[])[i], locale));
    if (plain.every((p) => p.ok && p.value === null)) continue;
    const rowErrors: ImportRowError[] = [];
    const fail = (i: number, text: string) => rowErrors.push({ row: n, column: columnLetter(i + 1), header: HEADERS[i] ?? null, message: text });
    const text = (i: number): string | null => {
      const p = plain[i];
      if (!p?.ok) {
        if (p) fail(i, p.message);
        return null;
      }
      return p.value === null ? null : String(p.value).trim();
    };
    const required = (i: number) => {
      const v = text(i);
      if (v === null && plain[i]?.ok) fail(i, say('required', locale));
      return v;
    };
    const name = required(0);
    const idType = ID_TYPES[(text(1) ?? '居民身份证') as keyof typeof ID_TYPES];
    if (!idType) fail(1, say('idType', locale, Object.keys(ID_TYPES).join('、')));
    const idNumber = required(2);
    const sexText = text(3);
    const sex = sexText === null ? undefined : SEXES[sexText as keyof typeof SEXES];
    if (sexText !== null && !sex) fail(3, say('sex', locale));
    const birth = plain[4]?.ok && plain[4].value !== null ? dateOf(plain[4].value, locale) : null;
    if (birth && !birth.ok) fail(4, birth.message);
    const phone = required(5);
    if (phone !== null && !MOBILE.test(phone)) fail(5, say('phone', locale, phone));
    const skills = (text(6) ?? '')
      .split(/[、,，;；]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const communityText = required(7);
    const community = communityText === null ? undefined : resolve(communityText);
    if (communityText !== null && (community === undefined || community === 'ambiguous')) fail(7, say('community', locale));
    const consent = text(8) === YES;
    if (!consent && plain[8]?.ok) fail(8, message('VOLUNTEERS_CONSENT_REQUIRED', locale));
    const guardianName = text(9);
    const guardianPhone = text(10);
    const guardianConsent = text(11) === YES;
    if (rowErrors.length === 0 && name && idType && idNumber && phone && community && community !== 'ambiguous') {
      const input: VolunteerCreate = {
        name,
        idType,
        idNumber,
        ...(sex ? { sex } : {}),
        ...(birth?.ok ? { birthDate: birth.value } : {}),
        phone,
        skills,
        homeOrgId: community.id,
        consent,
        consentVersion: CONSENT_VERSION,
        ...(guardianName && guardianPhone ? { guardian: { name: guardianName, phone: guardianPhone, consent: guardianConsent } } : {}),
      };
      try {
        const identity = establishIdentity(input, day);
        const key = `${idType}:${identity.idNumber}`;
        const first = seen.get(key);
        if (first !== undefined) fail(2, say('twice', locale, first));
        else seen.set(key, n);
        if (ageOn(identity.birthDate, day) < GUARDIAN_AGE && !input.guardian?.consent) fail(9, message('VOLUNTEERS_GUARDIAN_REQUIRED', locale));
        const existing = await alreadyRegistered(deps, deps.db, idNumberHash(deps, idType, identity.idNumber));
        if (existing) fail(2, message(existing.code, locale, existing.params));
        if (rowErrors.length === 0) good.push({ row: n, input });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        fail(err.code === 'VOLUNTEERS_BIRTH_SEX_DERIVED' || err.code === 'VOLUNTEERS_BIRTH_SEX_REQUIRED' ? 3 : 2, message(err.code, locale, err.params));
      }
    }
    errors.push(...rowErrors);
  }
  const total = good.length + new Set(errors.map((e) => e.row)).size;
  if (total === 0) throw new AppError('ACTIVITIES_IMPORT_EMPTY');
  if (errors.length > 0) return { status: 'failed', totalRows: total, importedRows: 0, errors: errors.slice(0, 500), errorCount: errors.length };
  await deps.db.transaction().execute(async (tx) => {
    for (const { row, input } of good) {
      const identity = establishIdentity(input, day);
      const hash = idNumberHash(deps, input.idType, identity.idNumber);
      const { id } = await withDuplicateAnswer(deps, hash, () =>
        insertVolunteer(deps, tx, { input, identity, hash, day, userId: null, createdBy: ctx.actor.userId, who: auditActorOf(ctx) }).catch((err: unknown) => {
          if (err instanceof AppError) throw new AppError(err.code, { ...err.params, row });
          throw err;
        }),
      );
      await tx
        .insertInto('teamMembers')
        .values({
          teamId: team.id,
          volunteerId: id,
          status: 'approved',
          requestedBy: ctx.actor.userId,
          requestedAt: new Date(),
          decidedBy: ctx.actor.userId,
          decidedAt: new Date(),
          decisionNote: null,
        })
        .execute();
    }
    await recordAudit(tx, auditActorOf(ctx), { action: 'volunteer.import', targetType: 'volunteer_team', targetId: team.id, summary: { rows: good.length } });
  });
  return { status: 'done', totalRows: total, importedRows: good.length, errors: [], errorCount: 0 };
}
