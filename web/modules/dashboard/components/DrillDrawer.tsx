import { Alert, Drawer, Table, Typography } from 'antd';
import { useState } from 'react';
import type { DrillDescriptor, FactSource } from '../../../../contracts/stats/query.schemas';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { SourceRecordLink } from '../../../ui/SourceRecordLink';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useDrill } from '../hooks/useStats';

/** Props of DrillDrawer. */
export interface DrillDrawerProps {
  descriptor: DrillDescriptor;
  /** The figure's name, for the title. */
  title: string;
  onClose(): void;
}

/** The source records behind one figure, a page at a time, each linking to its record. */
export function DrillDrawer({ descriptor, title, onClose }: DrillDrawerProps) {
  const t = useT();
  const { locale } = useLocale();
  const isMobile = useIsMobile();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const drill = useDrill(descriptor, page, pageSize);
  const d = drill.data;
  return (
    <Drawer open size={isMobile ? '100%' : 720} onClose={onClose} title={title} data-testid="drill-drawer">
      <Typography.Paragraph type="secondary">
        {t('dashboard.drill.range', { from: descriptor.from, to: descriptor.to })}
        {d && ` · ${t('dashboard.drill.summary', { value: d.value.toLocaleString(locale), count: d.factCount.toLocaleString(locale) })}`}
      </Typography.Paragraph>
      {drill.isError && <Alert type="error" showIcon title={errorText(drill.error)} style={{ marginBottom: 12 }} />}
      {d && d.withheld > 0 && (
        <Alert type="info" showIcon title={t('dashboard.drill.withheld', { count: d.withheld.toLocaleString(locale) })} style={{ marginBottom: 12 }} />
      )}
      <Table<FactSource>
        rowKey="factId"
        size="small"
        loading={drill.isFetching}
        dataSource={d?.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="drill-table"
        pagination={{
          current: page,
          pageSize,
          total: d?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { total: n }),
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
        }}
        columns={[
          { title: t('dashboard.drill.date'), dataIndex: 'factDate' },
          { title: t('dashboard.drill.org'), dataIndex: 'orgName' },
          { title: t('dashboard.drill.value'), dataIndex: 'value', align: 'right', render: (v: number) => v.toLocaleString(locale) },
          {
            title: t('dashboard.drill.record'),
            key: 'record',
            render: (_, f) => <SourceRecordLink fact={f} />,
          },
        ]}
      />
    </Drawer>
  );
}
