import { useQuery } from '@tanstack/react-query';
import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { TITLE_KINDS, TITLE_LEVELS } from '../../../../contracts/honours';
import { type PublicRoleModel, type PublicRoleModelFilters, publicHonourKeys, publicHonoursApi } from '../../../api/honours-public';
import { useT } from '../../../app/i18n/useT';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { PhonePage } from '../../../ui/PhonePage';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { LEVEL_COLOR } from '../components/labels';

/** The city's role-model register for the public (好人榜): name, title, unit, place, date and summary, searchable; nothing personal beyond. */
export function PublicRoleModelsPage() {
  const t = useT();
  useDocumentTitle(t('honours.publicRoleModels.title'));
  const state = useListState<PublicRoleModelFilters>({}, 10);
  const { filters, page, pageSize } = state;
  const list = useQuery({
    queryKey: publicHonourKeys.roleModels(filters, page, pageSize),
    queryFn: () => publicHonoursApi.roleModels(filters, page, pageSize),
  });
  return (
    <PhonePage title={t('honours.publicRoleModels.title')}>
      <Typography.Text type="secondary">{t('honours.publicRoleModels.intro')}</Typography.Text>
      <ListTable<PublicRoleModel, PublicRoleModelFilters>
        state={state}
        query={list}
        rowKey="id"
        size="small"
        scrollX="max-content"
        testId="public-role-models-table"
        fields={[
          {
            kind: 'search',
            name: 'q',
            placeholder: t('honours.publicRoleModels.search'),
            toFilters: textFilter<PublicRoleModelFilters>('q'),
            width: 200,
            testId: 'public-role-models-search',
          },
          { kind: 'select', key: 'kind', label: t('honours.roleModels.kind'), options: TITLE_KINDS.map((k) => ({ value: k, label: t(`honours.kind.${k}`) })) },
          {
            kind: 'select',
            key: 'level',
            label: t('honours.roleModels.level'),
            options: TITLE_LEVELS.map((l) => ({ value: l, label: t(`honours.level.${l}`) })),
          },
        ]}
        columns={[
          {
            title: t('honours.roleModels.person'),
            render: (_, r) => (
              <Flex vertical gap={2} style={{ maxWidth: 320 }}>
                <Typography.Text strong>{r.personName}</Typography.Text>
                <Flex gap={4} wrap>
                  <Tag color={LEVEL_COLOR[r.titleLevel]}>{t(`honours.level.${r.titleLevel}`)}</Tag>
                  <Typography.Text>{r.titleName}</Typography.Text>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[r.unit, r.orgName, r.awardedOn].filter(Boolean).join(' · ')}
                </Typography.Text>
                {r.summary && (
                  <Typography.Paragraph
                    type="secondary"
                    ellipsis={{ rows: 3, expandable: true }}
                    style={{ fontSize: 12, marginBottom: 0, whiteSpace: 'normal' }}
                  >
                    {r.summary}
                  </Typography.Paragraph>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Link to="/nominate">{t('honours.nominate.title')}</Link>
    </PhonePage>
  );
}
