import ExcelJS from 'exceljs';
import type { Activity, ActivityListQuery } from '../../../contracts/activities/activity.schemas';
import type { ActivityType } from '../../../contracts/activities/activity-type.schemas';
import type { FieldDeclaration, FieldValues } from '../../../contracts/activities/field-declaration';
import { escapeCell } from '../../platform/files/xlsx-safety';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { localDateTime } from '../../platform/time';
import { assertOrgInScope, auditActorOf, recordAudit } from '../identity';
import type { ActivitiesDeps } from './activities.deps';
import { toActivity } from './activity.mapper';
import { findActivityPage } from './activity.repository';
import { findActivityType } from './activity-type.repository';
import { signalsFor } from './integrity.signals';
import { MULTI_SEPARATOR, NO, YES } from '../../platform/files/sheet-words';

/** The most rows one export holds; a wider filter is refused with a request to narrow it. */
export const MAX_EXPORT_ROWS = 50_000;

const STATUS = { draft: '草稿', submitted: '待审核', approved: '已审核', returned: '已退回' } as const;

function fieldText(f: FieldDeclaration, v: FieldValues[string], refs: Activity['refs'] = {}): string | number {
  if (v === null || v === undefined) return '';
  // The name the record pointed at, which is also what the import reads back.
  if (f.type === 'reference') return refs[f.key]?.label ?? String(v);
  if (f.type === 'boolean') return v ? YES : NO;
  if (f.type === 'select') return f.options?.find((o) => o.value === v)?.labelZh ?? String(v);
  if (f.type === 'multiselect' && Array.isArray(v)) return v.map((x) => f.options?.find((o) => o.value === x)?.labelZh ?? x).join(MULTI_SEPARATOR);
  return typeof v === 'number' ? v : String(v);
}

function summaryOf(fields: FieldDeclaration[] | undefined, values: FieldValues, refs: Activity['refs']): string {
  return Object.entries(values)
    .map(([k, v]) => {
      const f = fields?.find((d) => d.key === k);
      if (!f && refs[k]) return `${k}：${refs[k].label}`;
      return f ? `${f.labelZh}：${fieldText(f, v, refs)}` : `${k}：${String(v)}`;
    })
    .join('；');
}

/** A filtered list of records as an xlsx in Chinese: one column per field when one type is chosen, a summary column otherwise. */
export async function exportActivities(deps: ActivitiesDeps, ctx: RequestContext, q: Omit<ActivityListQuery, 'page' | 'pageSize'>) {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const { rows, total } = await findActivityPage(deps.db, ctx.actor, { ...q, page: 1, pageSize: MAX_EXPORT_ROWS }, deps.config.timezone);
  if (total > MAX_EXPORT_ROWS) throw new AppError('ACTIVITIES_EXPORT_TOO_MANY', { total, max: MAX_EXPORT_ROWS });
  const type: ActivityType | undefined = q.typeCode ? await findActivityType(deps.db, q.typeCode) : undefined;
  const signals = await signalsFor(deps, ctx, rows);
  const items: Activity[] = rows.map((r) => ({ ...toActivity(r, 'zh-CN'), signals: signals.get(r.id) ?? [] }));

  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const sheet = wb.addWorksheet(type ? type.nameZh.slice(0, 31) : '活动台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  const fieldCols = type?.fields ?? [];
  const headers = [
    '编号',
    '活动类型',
    '所属单位',
    '活动标题',
    '开始时间',
    '结束时间',
    '状态',
    ...(type ? fieldCols.map((f) => f.labelZh) : ['填报内容']),
    '审核人',
    '审核时间',
    '退回原因',
    '核查提示',
  ];
  sheet.columns = headers.map((header, i) => ({ header, width: [8, 16, 30, 36, 18, 18, 8][i] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  const cell = (v: string | number) => (typeof v === 'string' ? escapeCell(v) : v);
  for (const a of items) {
    const fieldCells = type ? fieldCols.map((f) => fieldText(f, a.fields[f.key] ?? null, a.refs)) : [summaryOf(undefined, a.fields, a.refs)];
    const reviewedAt = a.reviewedAt ? localDateTime(new Date(a.reviewedAt), deps.config.timezone) : '';
    sheet.addRow(
      [
        a.id,
        a.typeName,
        a.org.name,
        a.title,
        localDateTime(new Date(a.startsAt), deps.config.timezone).slice(0, 16),
        localDateTime(new Date(a.endsAt), deps.config.timezone).slice(0, 16),
        STATUS[a.status],
        ...fieldCells,
        a.reviewedBy ?? '',
        reviewedAt,
        a.returnReason ?? '',
        a.signals.map((s) => s.message).join('；'),
      ].map(cell),
    );
  }
  await recordAudit(deps.db, auditActorOf(ctx), { action: 'activity.export', targetType: 'activity', summary: { ...q, rows: items.length } });
  const stamp = localDateTime(new Date(), deps.config.timezone).slice(0, 10);
  return {
    content: Buffer.from(await wb.xlsx.writeBuffer()),
    filename: `activities-${stamp}.xlsx`,
    localizedFilename: `活动台账-${type?.nameZh ?? '全部'}-${stamp}.xlsx`,
  };
}
