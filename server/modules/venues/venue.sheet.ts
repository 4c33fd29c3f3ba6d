import ExcelJS from 'exceljs';
import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import type { VenueKind } from '../../../contracts/venues/venue.schemas';
import { type EntryOrg, orgCell } from '../../platform/files/sheet-orgs';
import { columnLetter, fieldHeader, NO, REQUIRED_MARK, YES } from '../../platform/files/sheet-words';
import { escapeCell } from '../../platform/files/xlsx-safety';

/** Rows whose name starts with this are the template's example and are skipped on import. */
export const EXAMPLE_PREFIX = '【示例】';
/** Status words of the venue sheet; an import records planned or open venues, closing is its own step. */
export const STATUS_WORDS = { planned: '筹建中', open: '运行中', closed: '已关闭' } as const;

/** The fixed columns of a venue sheet, before the kind's own fields; `required` ones carry the star. */
export const VENUE_BASE_COLUMNS = [
  { header: '所属单位', required: true, help: '从下拉列表选择本单位或下级单位', width: 34 },
  { header: '名称', required: true, help: '不超过100字', width: 30 },
  { header: '地址', required: true, help: '不超过200字', width: 34 },
  { header: '经度', required: true, help: '十进制度数，如 114.0321，须在本市范围内', width: 11 },
  { header: '纬度', required: true, help: '十进制度数，如 35.3012', width: 11 },
  { header: '开放时间', required: false, help: '如 周二至周日 09:00-17:00', width: 22 },
  { header: '容纳人数', required: false, help: '大于 0 的整数', width: 10 },
  { header: '负责人', required: false, help: '不超过40字', width: 10 },
  { header: '联系电话', required: false, help: '手机号或带区号的座机，保存时加密，页面上只显示部分号码', width: 15 },
  { header: '状态', required: false, help: `${STATUS_WORDS.open}或${STATUS_WORDS.planned}，不填为${STATUS_WORDS.open}`, width: 9 },
  { header: '启用日期', required: false, help: '如 2023-05-17，不填则运行中的阵地取导入当天', width: 12 },
] as const;

/** The headers of a kind's venue sheet, in order. */
export function venueHeaders(kind: Pick<VenueKind, 'fields'>): string[] {
  return [...VENUE_BASE_COLUMNS.map((c) => (c.required ? `${c.header}${REQUIRED_MARK}` : c.header)), ...kind.fields.map(fieldHeader)];
}

/** The columns of a monthly sheet: which venue (its number decides; the name guards against a shifted row), which month, the figures. */
export const MONTH_COLUMNS = [
  { header: '阵地编号*', help: '系统中的阵地编号，请勿改动', width: 10 },
  { header: '阵地名称', help: '核对用：与编号不符的行会被拒绝', width: 30 },
  { header: '所属单位', help: '仅供查看，导入时不读取', width: 24 },
  { header: '月份*', help: '如 2023-05，不能是尚未开始的月份', width: 10 },
  { header: '接待人次', help: '当月到访人次，非负整数；留空表示未报送，不会记为 0', width: 12 },
  { header: '借阅册次', help: '当月借出册次，非负整数；留空表示未报送', width: 12 },
  { header: '藏书（册）', help: '月末在架藏书总量（存量，不是当月新增），非负整数；留空表示未报送', width: 12 },
] as const;

/** One row of a monthly sheet as written out; null figures stay blank (not reported). */
export interface MonthSheetRow {
  venueId: number;
  venueName: string;
  orgName: string;
  month: string;
  visitors: number | null;
  loans: number | null;
  holdings: number | null;
}

function styleHeader(sheet: ExcelJS.Worksheet, helps: string[]): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECEC' } };
  helps.forEach((h, i) => {
    header.getCell(i + 1).note = h;
  });
}

function addGuide(wb: ExcelJS.Workbook, headers: string[], helps: string[], closing: string): void {
  const guide = wb.addWorksheet('填写说明');
  guide.columns = [
    { header: '列', width: 6 },
    { header: '表头', width: 24 },
    { header: '填写要求', width: 80 },
  ];
  guide.getRow(1).font = { bold: true };
  headers.forEach((h, i) => {
    guide.addRow([columnLetter(i + 1), h, helps[i] ?? '']);
  });
  guide.addRow([]);
  guide.addRow(['', '说明', closing]);
}

function fieldHelp(f: FieldDeclaration): string {
  const parts: string[] = [f.required ? '必填' : '选填'];
  if (f.type === 'boolean') parts.push(`填“${YES}”或“${NO}”`);
  if (f.type === 'integer') parts.push(`整数${f.max !== undefined ? `，${f.min ?? 0}～${f.max}` : ''}`);
  if (f.type === 'select') parts.push(`可选：${(f.options ?? []).map((o) => o.labelZh).join('、')}`);
  if (f.helpZh) parts.push(f.helpZh);
  return parts.join('；');
}

/** The venue template of a kind: headers with notes, drop-downs for org, status and yes/no, an example row, and a guide sheet. */
export async function venueTemplate(kind: VenueKind, orgs: EntryOrg[], maxRows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const headers = venueHeaders(kind);
  const helps = [...VENUE_BASE_COLUMNS.map((c) => c.help), ...kind.fields.map(fieldHelp)];
  const sheet = wb.addWorksheet(kind.nameZh.replace(/[\\/?*[\]:]/g, '').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet('选项', { state: 'veryHidden' });
  sheet.columns = headers.map((header, i) => ({ header, width: VENUE_BASE_COLUMNS[i]?.width ?? Math.max(12, header.length * 2 + 4) }));
  styleHeader(sheet, helps);
  orgs.forEach((o, i) => {
    lists.getCell(i + 1, 1).value = orgCell(o);
  });
  [STATUS_WORDS.open, STATUS_WORDS.planned].forEach((w, i) => {
    lists.getCell(i + 1, 2).value = w;
  });
  [YES, NO].forEach((w, i) => {
    lists.getCell(i + 1, 3).value = w;
  });
  const example = sheet.addRow([
    orgs[0] ? orgCell(orgs[0]) : '',
    `${EXAMPLE_PREFIX}${kind.nameZh}（此行为示例，导入时自动跳过）`,
    '某某路1号',
    114.0321,
    35.3012,
    '09:00-17:00',
    60,
    '张三',
    '',
    STATUS_WORDS.open,
    '2023-05-17',
    ...kind.fields.map((f) => (f.type === 'boolean' ? YES : f.type === 'integer' ? (f.min ?? 0) + 10 : '')),
  ]);
  example.font = { italic: true, color: { argb: 'FF8C8C8C' } };
  const listOf = (i: number): string | undefined => {
    if (i === 0) return `选项!$A$1:$A$${Math.max(1, orgs.length)}`;
    if (i === 9) return '选项!$B$1:$B$2';
    const f = kind.fields[i - VENUE_BASE_COLUMNS.length];
    return f?.type === 'boolean' ? '选项!$C$1:$C$2' : undefined;
  };
  headers.forEach((_, i) => {
    const ref = listOf(i);
    if (!ref) return;
    for (let r = 2; r <= Math.min(maxRows, 5000) + 1; r++) {
      sheet.getCell(r, i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [ref],
        showErrorMessage: true,
        errorTitle: '输入有误',
        error: '请从下拉列表中选择',
      };
    }
  });
  addGuide(wb, headers, helps, `带 * 的列必填；表头和列的顺序请勿改动；单元格中不能使用公式；一次最多导入 ${maxRows} 行，任何一行有误则整表不导入。`);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A monthly sheet: the template (one month, prefilled with the venues the user reports for and what is already entered) and the
 * export (twelve months) share it, so an exported year can be corrected and imported back.
 */
export async function monthWorkbook(rows: MonthSheetRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const headers = MONTH_COLUMNS.map((c) => c.header);
  const helps = MONTH_COLUMNS.map((c) => c.help);
  const sheet = wb.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = MONTH_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  styleHeader(sheet, helps);
  for (const r of rows) {
    sheet.addRow([r.venueId, escapeCell(r.venueName), escapeCell(r.orgName), r.month, r.visitors, r.loans, r.holdings]);
  }
  sheet.getColumn(4).numFmt = '@';
  addGuide(wb, headers, helps, '只改数字列；留空的行视为未报送并跳过；同一阵地同一月份只能出现一次；任何一行有误则整表不导入。');
  return Buffer.from(await wb.xlsx.writeBuffer());
}
