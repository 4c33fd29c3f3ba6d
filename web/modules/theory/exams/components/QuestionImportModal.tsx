import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import type { QuestionImportResult } from '../../../../../contracts/theory/question.schemas';
import { examKeys, questionsApi } from '../../../../api/exams';
import { useErrorText, useNotifyError } from '../../../../app/feedback';
import { useT } from '../../../../app/i18n/useT';
import { useSession } from '../../../../app/session/session-context';
import { OrgTreeSelect } from '../../../../ui/OrgTreeSelect';
import { saveFile } from '../../../../ui/save-file';

type RowError = QuestionImportResult['errors'][number];

/** Fills an org's bank from the xlsx template: every row goes in, or none and each row's errors are listed to fix. */
export function QuestionImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { me } = useSession();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [orgId, setOrgId] = useState<number | undefined>(me?.entryScope[0]?.id);
  const upload = useMutation({
    mutationFn: ({ org, file }: { org: number; file: File }) => questionsApi.importSheet(org, file),
    onSuccess: (r) => {
      if (r.imported > 0) void queryClient.invalidateQueries({ queryKey: examKeys.all });
    },
  });
  const template = async () => {
    try {
      const file = await questionsApi.template();
      saveFile(file.blob, file.filename ?? t('theory.question.import.templateName'));
    } catch (err) {
      notifyError(err);
    }
  };
  const result = upload.data;
  const failed = result !== undefined && result.errors.length > 0;
  return (
    <Modal open title={t('theory.question.import.title')} onCancel={onClose} footer={null} width={760} destroyOnHidden data-testid="question-import-modal">
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('theory.question.import.hint')} />
        <Form layout="vertical">
          <Form.Item label={t('theory.question.import.org')} required style={{ marginBottom: 0 }}>
            <OrgTreeSelect knownOrgs={me?.entryScope} value={orgId} onChange={(v) => setOrgId(v)} data-testid="question-import-org" />
          </Form.Item>
        </Form>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void template()} data-testid="question-import-template">
            {t('theory.question.import.template')}
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            disabled={orgId === undefined || upload.isPending}
            beforeUpload={(file) => {
              if (orgId !== undefined) upload.mutate({ org: orgId, file });
              // The file goes up through the API client, not antd's own request.
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending} disabled={orgId === undefined} data-testid="question-import-upload">
              {t('theory.question.import.upload')}
            </Button>
          </Upload>
        </Flex>
        {upload.isError && <Alert type="error" showIcon title={errorText(upload.error)} />}
        {result && !failed && (
          <Alert type="success" showIcon title={t('theory.question.import.done', { count: result.imported })} data-testid="question-import-done" />
        )}
        {failed && (
          <>
            <Alert
              type="error"
              showIcon
              title={t('theory.question.import.failed', { count: result.errorCount })}
              description={
                result.errorCount > result.errors.length
                  ? t('theory.question.import.firstErrors', { shown: result.errors.length, count: result.errorCount })
                  : t('theory.question.import.nothingImported')
              }
              data-testid="question-import-failed"
            />
            <Table<RowError>
              size="small"
              rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
              dataSource={result.errors}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 560 }}
              data-testid="question-import-errors"
              columns={[
                { title: t('theory.question.import.col.row'), dataIndex: 'row', width: 64 },
                { title: t('theory.question.import.col.column'), dataIndex: 'column', width: 64, render: (c: string | null) => c ?? '—' },
                { title: t('theory.question.import.col.header'), dataIndex: 'header', width: 140, render: (h: string | null) => h ?? '—' },
                { title: t('theory.question.import.col.message'), dataIndex: 'message' },
              ]}
            />
          </>
        )}
      </Flex>
    </Modal>
  );
}
