import { Alert, Descriptions, Drawer, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { FigureRun } from '../../../../contracts/reports/report.schemas';
import type { DrillDescriptor, FactSource } from '../../../../contracts/stats/query.schemas';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { SourceRecordLink } from '../../../ui/SourceRecordLink';
import { useDrill } from '../hooks/useReports';

function DrillList({ drill }: { drill: DrillDescriptor }) {
  const t = useT();
  const errorText = useErrorText();
  const [page, setPage] = useState(1);
  const q = useDrill(drill, page);
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} />;
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('reports.drill.measure')}>{drill.measure}</Descriptions.Item>
        <Descriptions.Item label={t('reports.drill.range')}>{`${drill.from} ~ ${drill.to}`}</Descriptions.Item>
        <Descriptions.Item label={t('reports.drill.value')}>{q.data ? q.data.value.toLocaleString() : '…'}</Descriptions.Item>
        <Descriptions.Item label={t('reports.drill.records')}>
          {q.data ? `${q.data.factCount}${q.data.withheld > 0 ? t('reports.drill.withheld', { n: q.data.withheld }) : ''}` : '…'}
        </Descriptions.Item>
      </Descriptions>
      <Table<FactSource>
        size="small"
        rowKey="factId"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('reports.drill.date'), dataIndex: 'factDate', width: 110 },
          { title: t('reports.drill.org'), dataIndex: 'orgName' },
          { title: t('reports.drill.source'), key: 'source', render: (_, r) => <SourceRecordLink fact={r} /> },
          { title: t('reports.drill.factValue'), dataIndex: 'value', align: 'right', width: 90, render: (v: number) => v.toLocaleString() },
        ]}
      />
    </>
  );
}

/** The records behind a figure of the report, one tab per measure of its formula. */
export function DrillDrawer({ run, onClose }: { run: FigureRun | null; onClose(): void }) {
  const t = useT();
  return (
    <Drawer open={run !== null} onClose={onClose} size="large" title={run ? `${run.label}：${run.text ?? ''}` : ''} destroyOnHidden data-testid="drill-drawer">
      {run && run.links.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="drill-links"
          title={t('reports.drill.registry', { count: run.recordCount })}
          description={
            <Space wrap>
              {run.links.map((l) => (
                <Link key={l.path} to={l.path}>
                  {t('reports.drill.openList', { label: l.label })}
                </Link>
              ))}
            </Space>
          }
        />
      )}
      {run && run.drills.length === 0 && run.links.length === 0 && <Alert type="info" showIcon title={t('reports.drill.none')} />}
      {run && run.drills.length === 1 && run.drills[0] && <DrillList drill={run.drills[0]} />}
      {run && run.drills.length > 1 && (
        <Tabs items={run.drills.map((d) => ({ key: `${d.measure}-${d.orgKind ?? ''}`, label: d.measure, children: <DrillList drill={d} /> }))} />
      )}
    </Drawer>
  );
}
