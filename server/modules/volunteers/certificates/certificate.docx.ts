import { AlignmentType, BorderStyle, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import QRCode from 'qrcode';
import type { Certificate } from '../../../../contracts/volunteers';
import { chineseDate } from '../../../platform/time';

const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);
const FONT = { body: '仿宋_GB2312', title: '方正小标宋简体', table: '宋体' } as const;
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const text = (t: string, opts: { size?: number; bold?: boolean; face?: string } = {}) =>
  new TextRun({ text: t, font: font(opts.face ?? FONT.body), size: opts.size ?? 32, bold: opts.bold ?? false });
const para = (runs: TextRun[], opts: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {}) =>
  new Paragraph({
    children: runs,
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: { line: 560, after: opts.after ?? 0 },
    indent: opts.indent ? { firstLine: 640 } : undefined,
  });

const STARS = (n: number) => (n > 0 ? `${'★'.repeat(n)}（${n}星级志愿者）` : '未达星级');

function cell(t: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(t, { size: 24, bold: header, face: FONT.table })] })],
  });
}

/**
 * A volunteer service certificate (志愿服务记录证明) as a Word file: who (name, ID type and number, volunteer number), the
 * service certified line by line with its hours, the star level, the issuing org with its person in charge, handler and
 * contact, the certificate number and date, and a QR code to the public page that verifies it.
 */
export async function certificateDocx(c: Certificate, idNumber: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(c.verifyUrl, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const widths = [twips(30), twips(70), twips(40), twips(20)];
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
    },
    rows: [
      new TableRow({ tableHeader: true, children: ['服务日期', '服务内容', '服务地点', '时长（小时）'].map((h, i) => cell(h, widths[i] ?? 0, true)) }),
      ...c.lines.map(
        (l) =>
          new TableRow({
            children: [
              cell(l.date, widths[0] ?? 0),
              cell(l.activity, widths[1] ?? 0),
              cell(l.place ?? '—', widths[2] ?? 0),
              cell(l.hours.toFixed(1), widths[3] ?? 0),
            ],
          }),
      ),
    ],
  });
  const period = c.from ? `${chineseDate(c.from)}至${chineseDate(c.to)}` : `截至${chineseDate(c.to)}`;
  const doc = new Document({
    creator: c.issuer,
    title: `志愿服务记录证明 ${c.certNo}`,
    sections: [
      {
        properties: {
          page: { size: { width: twips(210), height: twips(297) }, margin: { top: twips(30), bottom: twips(25), left: twips(28), right: twips(26) } },
        },
        children: [
          para([text(`证明编号：${c.certNo}`, { size: 24 })], { align: AlignmentType.RIGHT }),
          para([text('志愿服务记录证明', { size: 44, face: FONT.title })], { align: AlignmentType.CENTER, after: 240 }),
          para(
            [
              text(
                `兹证明${c.volunteerName}（${c.idType}号码：${idNumber}，志愿者编号：${c.volunteerNo}）${period}参加志愿服务，经记录累计服务时长${c.hours.toFixed(1)}小时，星级：${STARS(c.starLevel)}。服务记录如下：`,
              ),
            ],
            { indent: true, after: 200 },
          ),
          table,
          para([text('以上服务时长为实际提供志愿服务的时间，不含往返交通时间。特此证明。')], { indent: true, after: 240 }),
          para([text(`出具单位：${c.issuer}`)], { align: AlignmentType.LEFT }),
          para([text(`负 责 人：${c.personInCharge}　　经办人：${c.handler}`)], { align: AlignmentType.LEFT }),
          para([text(`联系方式：${c.contact}`)], { align: AlignmentType.LEFT }),
          para([text(`出具日期：${chineseDate(c.issuedOn)}`)], { align: AlignmentType.LEFT, after: 240 }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new ImageRun({ type: 'png', data: qr, transformation: { width: 110, height: 110 } })],
          }),
          para([text('扫码核验本证明真伪', { size: 21 })], { align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
