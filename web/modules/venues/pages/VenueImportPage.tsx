import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Progress, Select, Table, Tabs, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ImportRowError } from '../../../../contracts/activities/import.schemas';
import type { VenueImportResult } from '../../../../contracts/venues';
import type { DownloadedFile } from '../../../api/client';
import { venuesApi } from '../../../api/venues';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { saveFile } from '../../../ui/save-file';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MONTHLY_KINDS = ['reading_room', 'city_bookcase', 'village_library'];

/** What an upload came to: checking, then every row in, or the row errors with nothing written. */
function Outcome({ pending, result, error }: { pending: boolean; result: VenueImportResult | undefined; error: unknown }) {
  const t = useT();
  const errorText = useErrorText();
  if (pending) return <Progress percent={99} status="active" showInfo={false} aria-label={t('venues.import.checking')} data-testid="venue-import-pending" />;
  if (error) return <Alert type="error" showIcon title={errorText(error)} description={t('venues.import.nothing')} data-testid="venue-import-failed" />;
  if (!result) return null;
  if (result.status === 'done') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="venue-import-done"
        title={t('venues.import.done', { count: result.importedRows })}
        description={result.skippedRows > 0 ? t('venues.import.skipped', { count: result.skippedRows }) : undefined}
      />
    );
  }
  return (
    <Flex vertical gap={8}>
      <Alert
        type="error"
        showIcon
        data-testid="venue-import-failed"
        title={t('venues.import.rowsFailed', { rows: new Set(result.errors.map((e) => e.row)).size })}
        description={t('venues.import.nothing')}
      />
      {result.errorCount > result.errors.length && (
        <Typography.Text type="secondary">{t('venues.import.firstErrors', { shown: result.errors.length, count: result.errorCount })}</Typography.Text>
      )}
      <Table<ImportRowError>
        size="small"
        rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
        dataSource={result.errors}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="venue-import-errors"
        columns={[
          { title: t('venues.import.col.row'), dataIndex: 'row', width: 72 },
          { title: t('venues.import.col.column'), dataIndex: 'column', width: 72 },
          { title: t('venues.import.col.header'), dataIndex: 'header', width: 140 },
          { title: t('venues.import.col.message'), dataIndex: 'message' },
        ]}
      />
    </Flex>
  );
}

function Dropzone({ onFile, disabled, testId }: { onFile: (file: File) => void; disabled: boolean; testId: string }) {
  const t = useT();
  return (
    <div data-testid={testId}>
      <Upload.Dragger
        accept={XLSX}
        multiple={false}
        showUploadList={false}
        disabled={disabled}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('venues.import.drop')}</p>
        <p className="ant-upload-hint">{t('venues.import.dropHint')}</p>
      </Upload.Dragger>
    </div>
  );
}

/** Excel for venues: one kind's venues from its template, and monthly figures from a month sheet or an exported year. */
export function VenueImportPage() {
  const t = useT();
  const { locale } = useLocale();
  const { me } = useSession();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  useDocumentTitle(t('venues.import.title'));
  const kinds = useQuery({ queryKey: ['venues', 'kinds'], queryFn: venuesApi.kinds, staleTime: 300_000 });
  const [kindCode, setKindCode] = useState<string | undefined>();
  const [confirm, setConfirm] = useState(false);
  const [monthKind, setMonthKind] = useState('reading_room');
  const [month, setMonth] = useState<Dayjs>(dayjs().subtract(1, 'month'));
  const [year, setYear] = useState(dayjs().year() - 1);
  const [exportOrg, setExportOrg] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const kindOptions = (kinds.data ?? []).filter((k) => k.active).map((k) => ({ value: k.code, label: locale === 'en' ? k.nameEn : k.nameZh }));
  const done = () => queryClient.invalidateQueries({ queryKey: ['venues'] });
  const venues = useMutation({ mutationFn: (file: File) => venuesApi.importVenues(kindCode ?? '', confirm, file), onSuccess: done });
  const months = useMutation({ mutationFn: (file: File) => venuesApi.importMonths(file), onSuccess: done });

  const download = async (get: () => Promise<DownloadedFile>, fallback: string) => {
    setBusy(true);
    try {
      const file = await get();
      saveFile(file.blob, file.filename ?? fallback);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('venues.import.title')}>
      <Tabs
        items={[
          {
            key: 'venues',
            label: t('venues.import.tab.venues'),
            children: (
              <Flex vertical gap={16} style={{ maxWidth: 960 }}>
                <Form layout="inline" style={{ rowGap: 8 }}>
                  <Form.Item label={t('venues.col.kind')} required>
                    <Select style={{ width: 240 }} value={kindCode} options={kindOptions} onChange={setKindCode} data-testid="venue-import-kind" />
                  </Form.Item>
                  <Form.Item>
                    <Button
                      icon={<DownloadOutlined />}
                      disabled={!kindCode}
                      loading={busy}
                      onClick={() => void download(() => venuesApi.template(kindCode ?? ''), 'template.xlsx')}
                      data-testid="venue-import-template"
                    >
                      {t('venues.import.template')}
                    </Button>
                  </Form.Item>
                  <Form.Item>
                    <Checkbox checked={confirm} onChange={(e) => setConfirm(e.target.checked)} data-testid="venue-import-confirm">
                      {t('venues.import.confirmDuplicates')}
                    </Checkbox>
                  </Form.Item>
                </Form>
                <Typography.Paragraph type="secondary">{t('venues.import.venuesHint')}</Typography.Paragraph>
                <Dropzone disabled={!kindCode || venues.isPending} onFile={(f) => venues.mutate(f)} testId="venue-import-drop" />
                <Outcome pending={venues.isPending} result={venues.data} error={venues.error} />
              </Flex>
            ),
          },
          {
            key: 'months',
            label: t('venues.import.tab.months'),
            children: (
              <Flex vertical gap={16} style={{ maxWidth: 960 }}>
                <Form layout="inline" style={{ rowGap: 8 }}>
                  <Form.Item label={t('venues.col.kind')}>
                    <Select
                      style={{ width: 220 }}
                      value={monthKind}
                      options={kindOptions.filter((o) => MONTHLY_KINDS.includes(o.value))}
                      onChange={setMonthKind}
                      data-testid="venue-months-kind"
                    />
                  </Form.Item>
                  <Form.Item label={t('venues.months.month')}>
                    <DatePicker
                      picker="month"
                      allowClear={false}
                      value={month}
                      onChange={(d) => d && setMonth(d)}
                      disabledDate={(d) => d.isAfter(dayjs(), 'month')}
                    />
                  </Form.Item>
                  <Form.Item>
                    <Button
                      icon={<DownloadOutlined />}
                      loading={busy}
                      onClick={() => void download(() => venuesApi.monthTemplate(monthKind, month.format('YYYY-MM')), 'months.xlsx')}
                      data-testid="venue-months-template"
                    >
                      {t('venues.import.monthSheet')}
                    </Button>
                  </Form.Item>
                </Form>
                <Typography.Paragraph type="secondary">{t('venues.import.monthsHint')}</Typography.Paragraph>
                <Dropzone disabled={months.isPending} onFile={(f) => months.mutate(f)} testId="venue-months-drop" />
                <Outcome pending={months.isPending} result={months.data} error={months.error} />
                <Typography.Title level={5} style={{ marginTop: 16 }}>
                  {t('venues.import.exportYear')}
                </Typography.Title>
                <Form layout="inline" style={{ rowGap: 8 }}>
                  <Form.Item label={t('venues.filter.org')} style={{ minWidth: 260 }}>
                    <OrgTreeSelect value={exportOrg} knownOrgs={me?.viewScope} onChange={setExportOrg} />
                  </Form.Item>
                  <Form.Item label={t('venues.import.year')}>
                    <Select
                      style={{ width: 100 }}
                      value={year}
                      onChange={setYear}
                      options={[0, 1, 2, 3].map((i) => ({ value: dayjs().year() - i, label: `${dayjs().year() - i}` }))}
                    />
                  </Form.Item>
                  <Form.Item>
                    <Button
                      icon={<DownloadOutlined />}
                      loading={busy}
                      onClick={() =>
                        void download(() => venuesApi.exportMonths({ kindCode: monthKind, year, ...(exportOrg ? { orgId: exportOrg } : {}) }), 'months.xlsx')
                      }
                      data-testid="venue-months-export"
                    >
                      {t('venues.export')}
                    </Button>
                  </Form.Item>
                </Form>
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
