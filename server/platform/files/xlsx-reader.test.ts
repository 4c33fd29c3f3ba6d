import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipSync } from '../../test/zip-fixture';
import { readFirstSheet } from './xlsx-reader';

async function book(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readFirstSheet', () => {
  it('reads shared and rich text, numbers, booleans, dates, formulas and gaps as Excel shows them', async () => {
    const bytes = await book((wb) => {
      const s = wb.addWorksheet('数据');
      s.addRow(['所属单位*', '标题 & <说明>', '数量']);
      s.addRow(['甲一街道', { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] }, 42, true]);
      const r3 = s.addRow([new Date(Date.UTC(2023, 4, 17, 9, 30)), null, { formula: 'A1*2', result: 4 }, 3.5]);
      r3.getCell(1).numFmt = 'yyyy-mm-dd hh:mm';
      s.getCell('E5').value = '远处';
      wb.addWorksheet('第二页').addRow(['不读']);
    });
    const rows = readFirstSheet(bytes, 10_000_000);
    expect(rows?.[0]).toEqual(['所属单位*', '标题 & <说明>', '数量']);
    expect(rows?.[1]).toEqual(['甲一街道', '富文本', 42, true]);
    expect(rows?.[2]?.[0]).toEqual(new Date(Date.UTC(2023, 4, 17, 9, 30)));
    expect(rows?.[2]?.[1]).toBeNull();
    expect(rows?.[2]?.[2]).toEqual({ formula: 'A1*2' });
    expect(rows?.[2]?.[3]).toBe(3.5);
    expect(rows?.[3]).toEqual([]);
    expect(rows?.[4]).toEqual([null, null, null, null, '远处']);
    expect(rows).toHaveLength(5);
  });

  it('agrees with ExcelJS cell by cell on a generated import sheet', async () => {
    const bytes = await book((wb) => {
      const s = wb.addWorksheet('x');
      for (let i = 0; i < 300; i++) s.addRow([`单位${i % 7}`, `标题${i}`, i * 3, i % 2 === 0, `2023-0${1 + (i % 9)}-1${i % 9} 09:00`]);
    });
    const ours = readFirstSheet(bytes, 10_000_000) ?? [];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    const theirs: unknown[][] = [];
    wb.worksheets[0]?.eachRow((row, n) => {
      theirs[n - 1] = (row.values as unknown[]).slice(1);
    });
    expect(ours).toEqual(theirs);
  });

  it('reads inline strings and the 1904 date system, and answers null without a sheet', () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c><c r="B1" s="1"><v>0</v></c></row></sheetData></worksheet>';
    const styles = '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const bytes = zipSync({
      '[Content_Types].xml': Buffer.from('<Types/>'),
      'xl/workbook.xml': Buffer.from('<workbook><workbookPr date1904="1"/><sheets><sheet name="a" sheetId="1"/></sheets></workbook>'),
      'xl/worksheets/sheet1.xml': Buffer.from(sheet),
      'xl/styles.xml': Buffer.from(styles),
    });
    expect(readFirstSheet(bytes, 1_000_000)).toEqual([['内联', new Date(Date.UTC(1904, 0, 1))]]);
    expect(readFirstSheet(zipSync({ 'xl/workbook.xml': Buffer.from('<workbook/>') }), 1_000_000)).toBeNull();
  });
});
