import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type RoleModel, TITLE_KINDS, TITLE_LEVELS } from '../../../../contracts/honours';
import { honourKeys, honoursApi, type RoleModelFilters } from '../../../api/honours';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { LEVEL_COLOR, localName } from '../components/labels';
import { RoleModelCounts } from '../components/RoleModelCounts';
import { RoleModelFormDrawer } from '../components/RoleModelFormDrawer';
import { RoleModelRevokeModal } from '../components/RoleModelRevokeModal';
import { useTitles } from '../components/useHonourChoices';

/** The role-model register (先进典型): counts by title, then every holder with their title, document (opening its scan when on file) and whether it was revoked. */
export function RoleModelsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useSession();
  useDocumentTitle(t('honours.roleModels.title'));
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<RoleModel | null>(null);
  const state = useListState<RoleModelFilters>({});
  const { filters, page, pageSize } = state;
  const list = useQuery({ queryKey: honourKeys.roleModels(filters, page, pageSize), queryFn: () => honoursApi.roleModels(filters, page, pageSize) });
  const titles = useTitles();
  return (
    <Card
      title={t('honours.roleModels.title')}
      extra={
        can('honour.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="role-model-add">
            {t('honours.roleModels.add')}
          </Button>
        )
      }
    >
      <ListTable<RoleModel, RoleModelFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="role-models-table"
        scrollX={1100}
        header={<RoleModelCounts orgId={filters.orgId} titleId={filters.titleId} onPick={(titleId) => state.apply({ ...filters, titleId })} />}
        fields={[
          { kind: 'org', key: 'orgId', label: t('honours.roleModels.org') },
          {
            kind: 'custom',
            name: 'titleId',
            label: t('honours.roleModels.titleName'),
            render: () => (
              <Select
                allowClear
                style={{ width: 200 }}
                placeholder={t('common.all')}
                value={filters.titleId}
                loading={titles.isFetching}
                showSearch={{ optionFilterProp: 'label' }}
                options={(titles.data ?? []).map((x) => ({ value: x.id, label: localName(x, locale) }))}
                onChange={(titleId?: number) => state.apply({ ...filters, titleId })}
                data-testid="role-models-title"
              />
            ),
          },
          { kind: 'select', key: 'kind', label: t('honours.roleModels.kind'), options: TITLE_KINDS.map((k) => ({ value: k, label: t(`honours.kind.${k}`) })) },
          {
            kind: 'select',
            key: 'level',
            label: t('honours.roleModels.level'),
            options: TITLE_LEVELS.map((l) => ({ value: l, label: t(`honours.level.${l}`) })),
          },
          {
            kind: 'search',
            name: 'q',
            placeholder: t('honours.roleModels.search'),
            toFilters: textFilter<RoleModelFilters>('q'),
            testId: 'role-models-search',
          },
        ]}
        columns={[
          {
            title: t('honours.roleModels.person'),
            render: (_, r) => (
              <Flex vertical>
                <Typography.Text strong delete={r.revokedOn !== null}>
                  {r.personName}
                </Typography.Text>
                {r.unit && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.unit}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: t('honours.roleModels.titleName'),
            render: (_, r) => (
              <Flex gap={4} wrap>
                {r.titleName}
                <Tag color={LEVEL_COLOR[r.titleLevel]}>{t(`honours.level.${r.titleLevel}`)}</Tag>
                {r.nomineeAward && <Tag>{t('honours.titles.nomineeAward')}</Tag>}
              </Flex>
            ),
          },
          { title: t('honours.roleModels.cycle'), render: (_, r) => r.cycleName ?? '—' },
          { title: t('honours.roleModels.org'), dataIndex: 'orgName' },
          { title: t('honours.decision.awardedOn'), dataIndex: 'awardedOn', width: 110 },
          {
            title: t('honours.decision.documentNo'),
            render: (_, r) =>
              r.documentId !== null ? (
                <Typography.Link href={honoursApi.fileUrl(r.documentId)} target="_blank" rel="noreferrer" data-testid={`role-model-document-${r.id}`}>
                  {r.documentNo || t('honours.roleModels.scan')}
                </Typography.Link>
              ) : r.documentNo ? (
                `${r.documentNo}${t('honours.roleModels.noScan')}`
              ) : (
                '—'
              ),
          },
          {
            title: t('honours.roleModels.source'),
            width: 130,
            render: (_, r) =>
              r.nominationId !== null ? (
                <Link to={`/honours/nominations?nomination=${r.nominationId}`}>{t('honours.roleModels.fromNomination')}</Link>
              ) : (
                t('honours.roleModels.entered')
              ),
          },
          {
            title: t('common.actions'),
            width: 140,
            render: (_, r) =>
              r.revokedOn !== null ? (
                <Tag color="red">{t('honours.roleModels.revokedTag', { on: r.revokedOn })}</Tag>
              ) : (
                can('honour.review') && (
                  <Button size="small" danger onClick={() => setRevoking(r)} data-testid={`role-model-revoke-${r.id}`}>
                    {t('honours.roleModels.revoke')}
                  </Button>
                )
              ),
          },
        ]}
      />
      {adding && <RoleModelFormDrawer onClose={() => setAdding(false)} />}
      {revoking && <RoleModelRevokeModal roleModel={revoking} onClose={() => setRevoking(null)} />}
    </Card>
  );
}
