import { DeleteOutlined, DownloadOutlined, FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Popconfirm, Typography, Upload } from 'antd';
import { type Attachment, activitiesApi } from '../../../api/activities/activities';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { saveFile } from '../../../ui/save-file';
import { useActivityMutations } from '../hooks/useActivities';

const ACCEPT = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Props of AttachmentList. */
export interface AttachmentListProps {
  activityId: number;
  attachments: Attachment[];
  /** Uploads and deletions are allowed only while the record is a draft or returned. */
  editable: boolean;
}

/** Evidence files of a record (images and PDFs): download always, upload and delete while the record can change. */
export function AttachmentList({ activityId, attachments, editable }: AttachmentListProps) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { upload, removeAttachment } = useActivityMutations();
  const download = async (a: Attachment) => {
    try {
      const file = await activitiesApi.downloadAttachment(activityId, a.id);
      saveFile(file.blob, file.filename ?? a.filename);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Flex vertical gap={8} data-testid="activity-attachments">
      {editable && (
        <Upload
          accept={ACCEPT}
          multiple
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) => {
            upload.mutate(
              { id: activityId, file: file as File },
              {
                onSuccess: (a) => {
                  onSuccess?.(a);
                  void message.success(t('activities.attachment.uploaded', { name: a.filename }));
                },
                onError: (error) => {
                  onError?.(error);
                  notifyError(error);
                },
              },
            );
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="activity-attachment-upload">
            {t('activities.attachment.upload')}
          </Button>
        </Upload>
      )}
      {editable && <Typography.Text type="secondary">{t('activities.attachment.hint')}</Typography.Text>}
      <List<Attachment>
        size="small"
        locale={{ emptyText: t('activities.attachment.none') }}
        dataSource={attachments}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="download"
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => void download(a)}
                aria-label={t('activities.attachment.download')}
              />,
              ...(editable
                ? [
                    <Popconfirm
                      key="delete"
                      title={t('activities.attachment.deleteConfirm', { name: a.filename })}
                      onConfirm={() => removeAttachment.mutate({ id: activityId, attachmentId: a.id }, { onError: notifyError })}
                    >
                      <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('activities.attachment.delete')} />
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={a.mime === 'application/pdf' ? <FilePdfOutlined /> : <FileImageOutlined />}
              title={<Typography.Text ellipsis={{ tooltip: a.filename }}>{a.filename}</Typography.Text>}
              description={sizeText(a.size)}
            />
          </List.Item>
        )}
      />
    </Flex>
  );
}
