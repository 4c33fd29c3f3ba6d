import { Input, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { FigureInfo } from '../../../../contracts/reports/report.schemas';
import { useT } from '../../../app/i18n/useT';
import { useLocale } from '../../../app/i18n/locale-context';
import { useFigures } from '../hooks/useReports';

/** The figures a template may place, with kind, default style and availability; a click inserts the placeholder. */
export function FigureCatalog({ onInsert }: { onInsert(placeholder: string): void }) {
  const t = useT();
  const { locale } = useLocale();
  const figures = useFigures();
  const [filter, setFilter] = useState('');
  const rows = useMemo(
    () =>
      (figures.data ?? []).filter(
        (f) => !filter || f.name.includes(filter) || f.labelZh.includes(filter) || f.labelEn.toLowerCase().includes(filter.toLowerCase()),
      ),
    [figures.data, filter],
  );
  return (
    <>
      <Input.Search allowClear placeholder={t('reports.template.figureSearch')} onChange={(e) => setFilter(e.target.value)} style={{ marginBottom: 8 }} />
      <Table<FigureInfo>
        size="small"
        rowKey="name"
        loading={figures.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 12, size: 'small', showSizeChanger: false }}
        onRow={(f) => ({ onClick: () => onInsert(`{${f.name}}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('reports.template.figure'),
            key: 'name',
            render: (_, f) => (
              <>
                <div>{locale === 'zh-CN' ? f.labelZh : f.labelEn}</div>
                <Typography.Text code style={{ fontSize: 12 }}>{`{${f.name}}`}</Typography.Text>
              </>
            ),
          },
          { title: t('reports.template.kind'), dataIndex: 'kind', width: 90, render: (k: FigureInfo['kind']) => t(`reports.kind.${k}`) },
          {
            title: t('reports.template.available'),
            dataIndex: 'available',
            width: 90,
            render: (a: boolean) => (a ? <Tag color="green">{t('reports.template.provided')}</Tag> : <Tag>{t('reports.template.notProvided')}</Tag>),
          },
        ]}
      />
    </>
  );
}
