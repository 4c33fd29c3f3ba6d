import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Pairing } from '../../../../contracts/honours';
import { honourKeys, honoursApi, type OrgFilters } from '../../../api/honours';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { PairingFormDrawer } from '../components/PairingFormDrawer';

/** Role models in the classroom (先进典型进课堂): each pairing of a role model with a school, its period and the class events recorded under it. */
export function PairingsPage() {
  const t = useT();
  const { can } = useSession();
  useDocumentTitle(t('honours.pairings.title'));
  const [adding, setAdding] = useState(false);
  const state = useListState<OrgFilters>({});
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: honourKeys.pairings(filters, page, pageSize), queryFn: () => honoursApi.pairings(filters, page, pageSize) });
  return (
    <Card
      title={t('honours.pairings.title')}
      extra={
        can('honour.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="pairing-add">
            {t('honours.pairings.add')}
          </Button>
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('honours.pairings.eventsNote')}
        action={
          <Link to="/activities" data-testid="pairings-activities">
            {t('honours.pairings.toActivities')}
          </Link>
        }
      />
      <ListTable<Pairing, OrgFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="pairings-table"
        fields={[{ kind: 'org', key: 'orgId', label: t('honours.pairings.org') }]}
        columns={[
          {
            title: t('honours.pairings.roleModel'),
            render: (_, p) => (
              <Flex vertical>
                <Typography.Text strong>{p.personName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.titleName}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('honours.pairings.school'), dataIndex: 'schoolName' },
          {
            title: t('honours.pairings.period'),
            render: (_, p) => t('honours.pairings.periodLine', { startsOn: p.startsOn, endsOn: p.endsOn ?? t('honours.pairings.openEnd') }),
          },
          { title: t('honours.pairings.events'), dataIndex: 'events', width: 100 },
          { title: t('honours.pairings.note'), render: (_, p) => p.note || '—' },
        ]}
      />
      {adding && <PairingFormDrawer onClose={() => setAdding(false)} />}
    </Card>
  );
}
