import ExcelJS from 'exceljs';
import type { VenueListQuery } from '../../../contracts/venues/venue.schemas';
import { escapeCell } from '../../platform/files/xlsx-safety';
import type { RequestContext } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { localDateTime } from '../../platform/time';
import { assertOrgInScope, auditActorOf, recordAudit } from '../identity';
import { findVenuePage } from './venue.repository';
import type { VenuesDeps } from './venues.deps';

/** The most venues one export holds; the demo city's whole network is about 7,000. */
export const MAX_VENUE_EXPORT = 20_000;

const STATUS = { planned: '筹建中', open: '运行中', closed: '已关闭' } as const;

/** A filtered list of venues as an xlsx in Chinese; managers appear by name only, their phones never leave the database. */
export async function exportVenues(deps: VenuesDeps, ctx: RequestContext, q: Omit<VenueListQuery, 'page' | 'pageSize'>) {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const { rows, total } = await findVenuePage(deps.db, ctx.actor, { ...q, page: 1, pageSize: MAX_VENUE_EXPORT });
  if (total > MAX_VENUE_EXPORT) throw new AppError('ACTIVITIES_EXPORT_TOO_MANY', { total, max: MAX_VENUE_EXPORT });
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const sheet = wb.addWorksheet('阵地', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = ['编号', '类型', '名称', '所属单位', '地址', '经度', '纬度', '开放时间', '容纳人数', '负责人', '状态', '启用日期', '关闭日期', '其他信息'];
  sheet.columns = headers.map((header, i) => ({ header, width: [8, 18, 30, 20, 30, 11, 11, 14, 9, 10, 8, 12, 12, 40][i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  const text = (v: string | null) => escapeCell(v ?? '');
  for (const r of rows) {
    sheet.addRow([
      r.id,
      r.kindNameZh,
      text(r.name),
      r.orgName,
      text(r.address),
      r.lng,
      r.lat,
      text(r.openingHours),
      r.capacity ?? '',
      text(r.managerName),
      STATUS[r.status],
      r.openedOn ?? '',
      r.closedOn ?? '',
      text(
        Object.entries(JSON.parse(r.fieldsJson) as Record<string, unknown>)
          .map(([k, v]) => `${k}：${String(v)}`)
          .join('；'),
      ),
    ]);
  }
  await recordAudit(deps.db, auditActorOf(ctx), { action: 'venue.export', targetType: 'venue', summary: { ...q, rows: rows.length } });
  const stamp = localDateTime(new Date(), deps.config.timezone).slice(0, 10);
  return { content: Buffer.from(await wb.xlsx.writeBuffer()), filename: `venues-${stamp}.xlsx`, localizedFilename: `阵地清单-${stamp}.xlsx` };
}
