import ExcelJS from 'exceljs';
import type { InquiryListQuery } from '../../../../contracts/inquiries/case.schemas';
import { escapeCell } from '../../../platform/files/xlsx-safety';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { localDate, localDateTime } from '../../../platform/time';
import { auditActorOf, recordAudit } from '../../identity';
import { type InquiriesDeps, nowOf } from '../inquiries.deps';
import { listCases } from './case.queries';

/** The most cases one export holds. */
export const MAX_INQUIRY_EXPORT = 20_000;

// The words of the desk's zh-CN dictionary, so the sheet reads as the screen does.
const STATUS = { received: '待派单', rejected: '不予受理', dispatched: '待签收', signed: '办理中', replied: '已答复待办结', closed: '已办结' } as const;
const CHANNEL = { web: '手机端', programme: '问政栏目', staff: '热线/窗口', open311: '第三方应用(Open311)' } as const;
const KIND = { consultation: '咨询', help: '求助', suggestion: '建议', complaint: '投诉' } as const;
const DEADLINE = { none: '无时限', on_track: '正常', due_soon: '即将到期', overdue: '已超期', met: '按期答复', missed: '超期答复' } as const;
const RATING = { satisfied: '满意', basically: '基本满意', unsatisfied: '不满意' } as const;

/** The cases a desk's filters select, every page, as an xlsx in Chinese; residents' names and phones stay in the database. */
export async function exportCases(deps: InquiriesDeps, ctx: RequestContext, q: Omit<InquiryListQuery, 'page' | 'pageSize'>) {
  const { items, total } = await listCases(deps, ctx, { ...q, page: 1, pageSize: MAX_INQUIRY_EXPORT });
  if (total > MAX_INQUIRY_EXPORT) throw new AppError('ACTIVITIES_EXPORT_TOO_MANY', { total, max: MAX_INQUIRY_EXPORT });
  const tz = deps.config.timezone;
  const wb = new ExcelJS.Workbook();
  wb.created = nowOf(deps);
  const sheet = wb.addWorksheet('问政事项', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = ['受理编号', '标题', '渠道', '类别', '性质', '所在地', '承办单位', '状态', '受理时间', '答复期限', '期限情况', '重办次数', '评价'];
  sheet.columns = headers.map((header, i) => ({ header, width: [18, 30, 12, 24, 8, 24, 26, 10, 20, 12, 10, 9, 10][i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of items) {
    sheet.addRow([
      r.caseNo,
      escapeCell(r.title),
      CHANNEL[r.channel],
      r.category.nameZh,
      KIND[r.kind],
      r.org.name,
      r.handler?.name ?? '',
      STATUS[r.status],
      localDateTime(new Date(r.receivedAt), tz).slice(0, 16),
      r.dueOn ?? '',
      DEADLINE[r.deadline],
      r.redoCount,
      r.rating ? RATING[r.rating] : '',
    ]);
  }
  await recordAudit(deps.db, auditActorOf(ctx), { action: 'inquiry.export', targetType: 'inquiry', summary: { ...q, rows: items.length } });
  const stamp = localDate(nowOf(deps), tz);
  return { content: Buffer.from(await wb.xlsx.writeBuffer()), filename: `inquiries-${stamp}.xlsx`, localizedFilename: `问政事项-${stamp}.xlsx` };
}
