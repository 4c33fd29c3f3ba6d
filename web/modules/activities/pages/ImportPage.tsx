import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, Select, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { activityTypesApi } from '../../../api/activities/activity-types';
import { useNotifyError } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { saveFile } from '../../../ui/save-file';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ImportResult } from '../components/ImportResult';
import { useActivityTypes } from '../hooks/useActivityTypes';
import { useImportJob, useStartImport } from '../hooks/useImportJob';
import { typeName } from '../labels';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel import: pick a type, fetch its template, upload the filled workbook, watch it go in whole or not at all. */
export function ImportPage() {
  const t = useT();
  const { locale } = useLocale();
  const notifyError = useNotifyError();
  const types = useActivityTypes();
  const [typeCode, setTypeCode] = useState<string | undefined>();
  const [submit, setSubmit] = useState(true);
  const [jobId, setJobId] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const start = useStartImport();
  const job = useImportJob(jobId);
  useDocumentTitle(t('activities.nav.import'));
  const type = types.data?.find((x) => x.code === typeCode);

  const downloadTemplate = async () => {
    if (!type) return;
    setDownloading(true);
    try {
      const file = await activityTypesApi.template(type.code);
      saveFile(file.blob, file.filename ?? t('activities.import.templateFilename', { type: typeName(type, locale) }));
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(false);
    }
  };

  const step = job.data ? 2 : type ? 1 : 0;
  return (
    <Card title={t('activities.nav.import')}>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: t('activities.import.step.type') }, { title: t('activities.import.step.upload') }, { title: t('activities.import.step.result') }]}
      />
      <Flex vertical gap={16} style={{ maxWidth: 960 }}>
        <Form layout="vertical">
          <Form.Item label={t('activities.field.type')} required>
            <Select
              value={typeCode}
              onChange={(code) => {
                setTypeCode(code);
                setJobId(null);
              }}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('activities.import.pickType')}
              options={(types.data ?? []).filter((x) => x.active).map((x) => ({ value: x.code, label: typeName(x, locale) }))}
              data-testid="import-type"
            />
          </Form.Item>
          <Form.Item extra={t('activities.import.templateHint')}>
            <Button icon={<DownloadOutlined />} disabled={!type} loading={downloading} onClick={() => void downloadTemplate()} data-testid="import-template">
              {t('activities.import.template')}
            </Button>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={submit} onChange={(e) => setSubmit(e.target.checked)}>
              {t('activities.import.submitAtOnce')}
            </Checkbox>
          </Form.Item>
        </Form>
        <div data-testid="import-upload">
          <Upload.Dragger
            accept={XLSX}
            maxCount={1}
            showUploadList={false}
            disabled={!type || start.isPending}
            customRequest={({ file, onSuccess, onError }) => {
              if (!type) return;
              start.mutate(
                { typeCode: type.code, submit, file: file as File },
                {
                  onSuccess: (started) => {
                    onSuccess?.(started);
                    setJobId(started.id);
                  },
                  onError: (error) => {
                    onError?.(error);
                    notifyError(error);
                  },
                },
              );
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('activities.import.drop')}</p>
            <Typography.Text type="secondary">{t('activities.import.allOrNothing')}</Typography.Text>
          </Upload.Dragger>
        </div>
        {job.data && <ImportResult job={job.data} />}
      </Flex>
    </Card>
  );
}
