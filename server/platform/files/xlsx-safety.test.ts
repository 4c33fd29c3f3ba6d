import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipSync } from '../../test/zip-fixture';
import { checkWorkbookBytes, escapeCell } from './xlsx-safety';

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('活动').addRow(['标题', '日期']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('workbook upload checks', () => {
  it('accepts a real xlsx', async () => {
    expect(checkWorkbookBytes(await workbook())).toBeNull();
  });
  it('refuses bytes that are not a workbook', () => {
    expect(checkWorkbookBytes(Buffer.from('name,date\n'))).toBe('not_xlsx');
    expect(checkWorkbookBytes(Buffer.from('%PDF-1.7 ...'))).toBe('not_xlsx');
    expect(checkWorkbookBytes(zipSync({ 'hello.txt': Buffer.from('hi') }))).toBe('not_xlsx');
  });
  it('refuses a zip bomb by its declared sizes before inflating it', () => {
    const bomb = zipSync({ '[Content_Types].xml': Buffer.from('<x/>'), 'xl/workbook.xml': Buffer.alloc(50 * 1024 * 1024, 0x20) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(checkWorkbookBytes(bomb)).toBe('too_large');
  });
  it('escapes cells that would be formulas', () => {
    expect(escapeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(escapeCell('+1')).toBe("'+1");
    expect(escapeCell('-2')).toBe("'-2");
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCell('理论宣讲')).toBe('理论宣讲');
  });
});
