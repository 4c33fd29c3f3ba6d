import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import type { ActivityType } from '../../../../contracts/activities/activity-type.schemas';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CATEGORY_KEY, TypeFormDrawer } from '../components/TypeFormDrawer';
import { useActivityTypes } from '../hooks/useActivityTypes';
import { useMeasureNames } from '../hooks/useMeasureNames';
import { typeName } from '../labels';

/** Activity types as data: admins list, add and change them (fields and measure rules) without a code change. */
export function ActivityTypesPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const types = useActivityTypes();
  const measureName = useMeasureNames();
  const [editing, setEditing] = useState<ActivityType | 'new' | null>(null);
  useDocumentTitle(t('activities.nav.types'));
  return (
    <Card
      title={t('activities.nav.types')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="type-new">
          {t('activities.types.new')}
        </Button>
      }
    >
      {types.isError && <Alert type="error" showIcon title={errorText(types.error)} style={{ marginBottom: 12 }} />}
      <Table<ActivityType>
        rowKey="code"
        size="small"
        loading={types.isFetching}
        dataSource={types.data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={false}
        data-testid="type-table"
        columns={[
          { title: t('activities.types.name'), key: 'name', render: (_, type) => typeName(type, locale) },
          { title: t('activities.types.code'), dataIndex: 'code' },
          { title: t('activities.types.category'), dataIndex: 'category', render: (c: ActivityType['category']) => t(CATEGORY_KEY[c]) },
          { title: t('activities.types.fields'), key: 'fields', render: (_, type) => type.fields.length },
          {
            title: t('activities.types.measures'),
            key: 'measures',
            render: (_, type) => (
              <div style={{ maxWidth: 360, whiteSpace: 'normal' }}>{[...new Set(type.measures.map((m) => measureName(m.measure)))].join('、')}</div>
            ),
          },
          {
            title: t('activities.types.active'),
            dataIndex: 'active',
            render: (a: boolean) => (a ? <Tag color="green">{t('activities.yes')}</Tag> : <Tag>{t('activities.no')}</Tag>),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, type) => (
              <Button type="link" size="small" onClick={() => setEditing(type)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing !== null && (
        <TypeFormDrawer
          type={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            void message.success(t('common.saved'));
            setEditing(null);
          }}
        />
      )}
    </Card>
  );
}
