import { DeleteOutlined, FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import type { HonourFileReceipt } from '../../../api/honours';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

const ACCEPT = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';
const MAX_BYTES = 10 * 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Props of FileUploads: the upload call (staff or public), how many files, and the form's value. */
export interface FileUploadsProps {
  upload: (file: File) => Promise<HonourFileReceipt>;
  max: number;
  value?: HonourFileReceipt[];
  onChange?: (value: HonourFileReceipt[]) => void;
  testId: string;
}

/** A form control uploading JPG, PNG or PDF files of up to 10 MB as they are chosen, listing each one with its size; the value is the receipts. */
export function FileUploads({ upload, max, value, onChange, testId }: FileUploadsProps) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(0);
  // Several files may finish at once: each adds itself to the newest list, not the one it started with.
  const latest = useRef<HonourFileReceipt[]>(value ?? []);
  latest.current = value ?? [];
  const files = value ?? [];
  const set = (next: HonourFileReceipt[]) => {
    latest.current = next;
    onChange?.(next);
  };
  return (
    <Flex vertical gap={6} data-testid={testId}>
      {files.map((f) => (
        <Flex key={f.token} gap={8} align="center" data-testid={`${testId}-file`}>
          {f.mime === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />}
          <Typography.Text ellipsis={{ tooltip: f.filename }} style={{ maxWidth: 260 }}>
            {f.filename}
          </Typography.Text>
          <Typography.Text type="secondary">{sizeText(f.size)}</Typography.Text>
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('honours.file.remove')}
            onClick={() => set(latest.current.filter((x) => x.token !== f.token))}
          />
        </Flex>
      ))}
      {files.length < max && (
        <Upload
          accept={ACCEPT}
          multiple={max > 1}
          showUploadList={false}
          disabled={files.length + busy >= max}
          beforeUpload={(file) => {
            if (file.size > MAX_BYTES) {
              void message.error(t('honours.file.tooLarge', { name: file.name }));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            setBusy((n) => n + 1);
            upload(file as File)
              .then((receipt) => {
                onSuccess?.(receipt);
                if (latest.current.length < max) set([...latest.current, receipt]);
              })
              .catch((error: unknown) => {
                onError?.(error instanceof Error ? error : new Error(String(error)));
                notifyError(error);
              })
              .finally(() => setBusy((n) => n - 1));
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy > 0} data-testid={`${testId}-add`}>
            {t(max > 1 ? 'honours.file.add' : 'honours.file.addOne')}
          </Button>
        </Upload>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('honours.file.hint', { max })}
      </Typography.Text>
    </Flex>
  );
}
