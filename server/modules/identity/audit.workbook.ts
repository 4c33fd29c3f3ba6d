import ExcelJS from 'exceljs';
import { AUDIT_ACTION_LABELS, AUDIT_OUTCOME_LABELS, AUDIT_TARGET_LABELS } from '../../../contracts/identity/audit-labels';
import { escapeCell } from '../../platform/files/xlsx-safety';
import { localDateTime } from '../../platform/time';
import type { AuditRecord } from './audit.repository';

/** Column headers of the audit export, in the order of the cells. */
export const AUDIT_EXPORT_HEADERS = ['时间', '用户', '单位', 'IP地址', '操作', '对象类型', '对象编号', '结果', '摘要', '请求编号'] as const;

const WIDTHS = [20, 16, 24, 16, 16, 10, 14, 8, 60, 12];

function label(table: Record<string, { 'zh-CN': string }>, key: string | null): string {
  if (key === null) return '';
  return table[key]?.['zh-CN'] ?? key;
}

/** The audit entries as an xlsx workbook in Chinese, times on the city's clock. */
export async function auditWorkbook(records: AuditRecord[], timeZone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = AUDIT_EXPORT_HEADERS.map((header, i) => ({ header, width: WIDTHS[i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of records) {
    const cells = [
      localDateTime(r.at, timeZone),
      r.username ?? '',
      r.orgName ?? '',
      r.ip ?? '',
      label(AUDIT_ACTION_LABELS, r.action),
      label(AUDIT_TARGET_LABELS, r.targetType),
      r.targetId ?? '',
      label(AUDIT_OUTCOME_LABELS, r.outcome),
      Object.keys(r.summary).length > 0 ? JSON.stringify(r.summary) : '',
      r.requestId ?? '',
    ];
    // A crafted username or summary must not become a formula when a reviewer opens the file.
    sheet.addRow(cells.map(escapeCell));
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
