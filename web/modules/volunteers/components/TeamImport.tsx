import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Progress, Table, Upload } from 'antd';
import { useState } from 'react';
import type { ImportRowError } from '../../../../contracts/activities/import.schemas';
import { teamImportApi } from '../../../api/team-import';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { saveFile } from '../../../ui/save-file';

/** Registers a team's people from a sheet: the template, the upload, then every row in or the row errors with nothing written. */
export function TeamImport({ teamId }: { teamId: number }) {
  const t = useT();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => teamImportApi.upload(teamId, file),
    onSuccess: (r) => {
      if (r.status === 'done') void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
    },
  });
  const template = async () => {
    try {
      const file = await teamImportApi.template(teamId);
      saveFile(file.blob, file.filename ?? 'volunteers.xlsx');
    } catch (err) {
      notifyError(err);
    }
  };
  const result = upload.data;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="team-import">
        {t('volunteers.import.button')}
      </Button>
      <Modal open={open} title={t('volunteers.import.title')} onCancel={() => setOpen(false)} footer={null} width={760} destroyOnHidden>
        <Flex vertical gap={12}>
          <Alert type="info" showIcon title={t('volunteers.import.hint')} />
          <Flex gap={8}>
            <Button icon={<DownloadOutlined />} onClick={() => void template()}>
              {t('volunteers.import.template')}
            </Button>
            <Upload
              accept=".xlsx"
              showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(file);
                return false;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending}>
                {t('volunteers.import.upload')}
              </Button>
            </Upload>
          </Flex>
          {upload.isPending && <Progress percent={99} status="active" showInfo={false} />}
          {upload.isError && <Alert type="error" showIcon title={errorText(upload.error)} />}
          {result?.status === 'done' && <Alert type="success" showIcon title={t('volunteers.import.done', { count: result.importedRows })} />}
          {result?.status === 'failed' && (
            <>
              <Alert type="error" showIcon title={t('volunteers.import.failed', { count: result.errorCount })} />
              <Table<ImportRowError>
                size="small"
                rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
                dataSource={result.errors}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  { title: t('venues.import.col.row'), dataIndex: 'row', width: 60 },
                  { title: t('venues.import.col.column'), dataIndex: 'column', width: 60 },
                  { title: t('venues.import.col.header'), dataIndex: 'header', width: 150 },
                  { title: t('venues.import.col.message'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </Flex>
      </Modal>
    </>
  );
}
