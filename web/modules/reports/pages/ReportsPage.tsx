import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Empty, Flex, Form, InputNumber, Progress, Segmented, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { FigureRun, ReportRequest } from '../../../../contracts/reports/report.schemas';
import type { PeriodKind } from '../../../../contracts/stats/indicator.schemas';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { saveFile } from '../../../ui/save-file';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { DrillDrawer } from '../components/DrillDrawer';
import { RecentJobs } from '../components/RecentJobs';
import { ReportPreview } from '../components/ReportPreview';
import { useDownloadDocx, useGenerateReport, useReportContent, useReportJob } from '../hooks/useReports';

const THIS_YEAR = new Date().getFullYear();

/** Choose an org and a period, generate the report with a progress bar, read it with every figure linked, download it. */
export function ReportsPage() {
  const t = useT();
  const { me, can } = useSession();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const errorText = useErrorText();
  useDocumentTitle(t('reports.nav.reports'));
  const [orgId, setOrgId] = useState<number | null>(me?.viewScope[0]?.id ?? me?.org.id ?? null);
  const [kind, setKind] = useState<PeriodKind>('year');
  const [year, setYear] = useState(THIS_YEAR - 1);
  const [index, setIndex] = useState(1);
  const [jobId, setJobId] = useState<number | null>(null);
  const [figure, setFigure] = useState<FigureRun | null>(null);
  const generate = useGenerateReport();
  const job = useReportJob(jobId);
  const done = job.data?.status === 'done';
  const content = useReportContent(jobId, done);
  const download = useDownloadDocx();

  const start = () => {
    if (orgId === null) return;
    const req: ReportRequest = kind === 'year' ? { orgId, kind, year } : { orgId, kind, year, index };
    generate.mutate(req, { onSuccess: (j) => setJobId(j.id), onError: notifyError });
  };
  const downloadDocx = () => {
    if (jobId === null) return;
    download.mutate(jobId, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? 'report.docx');
        void message.success(t('reports.downloaded'));
      },
      onError: notifyError,
    });
  };
  const indexOptions =
    kind === 'half'
      ? [1, 2].map((i) => ({ value: i, label: t(i === 1 ? 'reports.period.h1' : 'reports.period.h2') }))
      : [1, 2, 3, 4].map((i) => ({ value: i, label: t('reports.period.quarterN', { n: i }) }));
  const running = job.data && (job.data.status === 'queued' || job.data.status === 'running');
  const missing = job.data?.warnings.filter((w) => w.code === 'FIGURE_MISSING') ?? [];
  const noData = job.data?.warnings.find((w) => w.code === 'NO_DATA');

  return (
    <Flex vertical gap={16}>
      <Card title={t('reports.nav.reports')}>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('reports.form.org')}>
            <OrgTreeSelect value={orgId} onChange={(v) => setOrgId(v ?? null)} placeholder={t('reports.form.orgPlaceholder')} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item label={t('reports.form.period')}>
            <Space wrap>
              <Segmented<PeriodKind>
                value={kind}
                onChange={setKind}
                options={[
                  { value: 'year', label: t('reports.period.year') },
                  { value: 'half', label: t('reports.period.half') },
                  { value: 'quarter', label: t('reports.period.quarter') },
                ]}
              />
              <span data-testid="report-year">
                <InputNumber
                  min={2000}
                  max={THIS_YEAR}
                  value={year}
                  onChange={(v) => setYear(v ?? THIS_YEAR - 1)}
                  suffix={t('reports.period.yearSuffix')}
                  style={{ width: 110 }}
                />
              </span>
              {kind !== 'year' && <Select value={Math.min(index, kind === 'half' ? 2 : 4)} onChange={setIndex} options={indexOptions} style={{ width: 120 }} />}
            </Space>
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              icon={<FileTextOutlined />}
              onClick={start}
              loading={generate.isPending}
              disabled={orgId === null || !can('report.generate') || Boolean(running)}
              data-testid="report-generate"
            >
              {t('reports.generate')}
            </Button>
          </Form.Item>
        </Form>
        {job.data && (
          <div style={{ marginTop: 16 }}>
            <Progress
              percent={job.data.progress}
              status={job.data.status === 'failed' ? 'exception' : done ? 'success' : 'active'}
              data-testid="report-progress"
            />
            <Typography.Text type="secondary">
              {t(`reports.status.${job.data.status}`)}
              {job.data.durationMs !== null && ` · ${t('reports.duration', { s: (job.data.durationMs / 1000).toFixed(2) })}`}
            </Typography.Text>
            {job.data.error && <Alert type="error" showIcon title={job.data.error} style={{ marginTop: 8 }} />}
          </div>
        )}
        {job.isError && <Alert type="error" showIcon title={errorText(job.error)} style={{ marginTop: 8 }} />}
      </Card>
      {done && content.data && (
        <Card
          title={content.data.title.map((r) => (r.type === 'text' ? r.text : (r.text ?? ''))).join('')}
          extra={
            <Button icon={<DownloadOutlined />} onClick={downloadDocx} loading={download.isPending} data-testid="report-download">
              {t('reports.download')}
            </Button>
          }
        >
          {noData && <Alert type="warning" showIcon title={noData.message} style={{ marginBottom: 12 }} />}
          {missing.length > 0 && (
            <Collapse
              size="small"
              style={{ marginBottom: 16 }}
              items={[
                {
                  key: 'missing',
                  label: t('reports.missingCount', { n: missing.length }),
                  children: (
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {missing.map((w) => (
                        <li key={w.figure}>{w.message}</li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )}
          <Typography.Paragraph type="secondary">{t('reports.preview.hint')}</Typography.Paragraph>
          <div style={{ background: '#f0f2f5', padding: 16, overflowX: 'auto' }}>
            <ReportPreview content={content.data} onFigure={setFigure} />
          </div>
        </Card>
      )}
      {!job.data && (
        <Card>
          <Empty description={t('reports.empty')} />
        </Card>
      )}
      {orgId !== null && (
        <Card title={t('reports.recent.title')} size="small">
          <RecentJobs orgId={orgId} current={done ? jobId : null} onOpen={setJobId} />
        </Card>
      )}
      <DrillDrawer run={figure} onClose={() => setFigure(null)} />
    </Flex>
  );
}
