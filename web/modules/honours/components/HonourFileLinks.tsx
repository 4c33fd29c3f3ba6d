import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { HonourFile } from '../../../../contracts/honours';
import { honoursApi } from '../../../api/honours';

/** Links to stored files, each opening in a new tab, with an icon for a PDF or an image. */
export function HonourFileLinks({ files }: { files: HonourFile[] }) {
  return files.map((f) => (
    <Typography.Link key={f.id} href={honoursApi.fileUrl(f.id)} target="_blank" rel="noreferrer">
      {f.mime === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />} {f.filename}
    </Typography.Link>
  ));
}
