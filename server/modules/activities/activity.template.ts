import ExcelJS from 'exceljs';
import type { ActivityType } from '../../../contracts/activities/activity-type.schemas';
import type { FieldDeclaration } from '../../../contracts/activities/field-declaration';
import { orgCell } from '../../platform/files/sheet-orgs';
import { columnLetter, MULTI_SEPARATOR, NO, YES } from '../../platform/files/sheet-words';
import { EXAMPLE_PREFIX, type SheetColumn, sheetColumns } from './xlsx-columns';

/** Rows of the entry sheet that carry drop-downs; an import takes at most MAX_IMPORT_ROWS rows anyway. */
const VALIDATED_ROWS = 5000;
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** An org the template's drop-down offers. */
export interface TemplateOrg {
  id: number;
  name: string;
  code: string | null;
}

function exampleValue(f: FieldDeclaration): string | number | Date {
  switch (f.type) {
    case 'select':
      return f.options?.[0]?.labelZh ?? '';
    case 'multiselect':
      return (f.options ?? [])
        .slice(0, 2)
        .map((o) => o.labelZh)
        .join(MULTI_SEPARATOR);
    case 'boolean':
      return YES;
    case 'integer':
    case 'number':
      return Math.min(Math.max(f.min ?? 0, 50), f.max ?? 50);
    case 'date':
      return new Date(Date.UTC(2023, 4, 17));
    default:
      return f.labelZh;
  }
}

function helpOf(col: SheetColumn): string {
  if (col.kind === 'base') {
    return ['从下拉列表选择本单位或下级单位', '不超过200字', '如 2023-05-17 09:00，可用日期单元格', '不早于开始时间'][col.index] ?? '';
  }
  const f = col.field;
  const parts: string[] = [f.required ? '必填' : '选填'];
  if (f.type === 'select') parts.push('从下拉列表选择');
  if (f.type === 'multiselect') parts.push(`可多选，用“${MULTI_SEPARATOR}”分隔：${(f.options ?? []).map((o) => o.labelZh).join(MULTI_SEPARATOR)}`);
  if (f.type === 'boolean') parts.push(`填“${YES}”或“${NO}”`);
  if (f.type === 'integer') parts.push(`整数${f.max !== undefined ? `，${f.min ?? 0}～${f.max}` : ''}`);
  if (f.type === 'number') parts.push(`数字${f.max !== undefined ? `，${f.min ?? 0}～${f.max}` : ''}`);
  if (f.type === 'date') parts.push('日期，如 2023-05-17');
  if (f.type === 'reference') parts.push('填写所属单位已登记的名称（如该单位理论学习中心组的名称）');
  if (f.helpZh) parts.push(f.helpZh);
  return parts.join('；');
}

/**
 * The import template of a type: Chinese headers with notes, drop-downs for orgs, choices and yes/no,
 * date cells formatted, one example row (skipped on import), and a sheet explaining every column.
 */
export async function templateWorkbook(type: ActivityType, orgs: TemplateOrg[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  const columns = sheetColumns(type);
  const sheet = wb.addWorksheet(type.nameZh.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet('选项', { state: 'veryHidden' });
  const guide = wb.addWorksheet('填写说明');

  sheet.columns = columns.map((c) => ({ header: c.header, width: c.kind === 'base' ? [36, 30, 18, 18][c.index] : Math.max(12, c.header.length * 2 + 4) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECEC' } };

  // Drop-down sources live on a hidden sheet: Excel's inline lists stop at 255 characters.
  const listColumns: string[][] = [orgs.map(orgCell)];
  const listRef = new Map<number, string>();
  listRef.set(0, `选项!$A$1:$A$${Math.max(1, orgs.length)}`);
  columns.forEach((c, i) => {
    if (c.kind !== 'field') return;
    if (c.field.type === 'select') listColumns.push((c.field.options ?? []).map((o) => o.labelZh));
    else if (c.field.type === 'boolean') listColumns.push([YES, NO]);
    else return;
    const letter = columnLetter(listColumns.length);
    listRef.set(i, `选项!$${letter}$1:$${letter}$${Math.max(1, listColumns.at(-1)?.length ?? 1)}`);
  });
  listColumns.forEach((values, ci) => {
    values.forEach((v, ri) => {
      lists.getCell(ri + 1, ci + 1).value = v;
    });
  });

  const example: (string | number | Date)[] = [
    orgs[0] ? orgCell(orgs[0]) : '',
    `${EXAMPLE_PREFIX}${type.nameZh}（此行为示例，导入时自动跳过）`,
    new Date(Date.UTC(2023, 4, 17, 9, 0)),
    new Date(Date.UTC(2023, 4, 17, 11, 0)),
    ...columns.flatMap((c) => (c.kind === 'field' ? [exampleValue(c.field)] : [])),
  ];
  const exampleRow = sheet.addRow(example);
  exampleRow.font = { italic: true, color: { argb: 'FF8C8C8C' } };

  columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    const isDateTime = c.kind === 'base' && (c.index === 2 || c.index === 3);
    const isDate = c.kind === 'field' && c.field.type === 'date';
    if (isDateTime) col.numFmt = DATE_TIME_FORMAT;
    if (isDate) col.numFmt = 'yyyy-mm-dd';
    header.getCell(i + 1).note = helpOf(c);
    const ref = listRef.get(i);
    for (let r = 2; r <= VALIDATED_ROWS + 1; r++) {
      const cell = sheet.getCell(r, i + 1);
      if (ref) {
        cell.dataValidation = { type: 'list', allowBlank: true, formulae: [ref], showErrorMessage: true, errorTitle: '输入有误', error: '请从下拉列表中选择' };
      } else if (c.kind === 'field' && (c.field.type === 'integer' || c.field.type === 'number') && c.field.max !== undefined) {
        cell.dataValidation = {
          type: c.field.type === 'integer' ? 'whole' : 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [c.field.min ?? 0, c.field.max],
          showErrorMessage: true,
          errorTitle: '输入有误',
          error: `请填写 ${c.field.min ?? 0} 到 ${c.field.max} 之间的数`,
        };
      }
    }
  });

  guide.columns = [
    { header: '列', width: 6 },
    { header: '表头', width: 24 },
    { header: '填写要求', width: 80 },
  ];
  guide.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    guide.addRow([columnLetter(i + 1), c.header, helpOf(c)]);
  });
  guide.addRow([]);
  guide.addRow(['', '说明', '带 * 的列必填；表头和列的顺序请勿改动；单元格中不能使用公式；一次最多导入 20000 行，任何一行有误则整表不导入。']);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
