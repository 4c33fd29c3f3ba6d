import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { STUDY_GROUP_LEVELS, type StudyGroup } from '../../../../contracts/theory/study-group.schemas';
import { type StudyGroupFilters, theoryApi, theoryKeys } from '../../../api/theory';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { LevelMinimumsModal } from '../components/LevelMinimumsModal';
import { StudyGroupDrawer } from '../components/StudyGroupDrawer';
import { StudyGroupFormDrawer } from '../components/StudyGroupFormDrawer';

/** The theory study groups in the user's view: their level, yearly minimum, secretary and members, and each group's plan. */
export function StudyGroupsPage() {
  const t = useT();
  const { me, can } = useSession();
  useDocumentTitle(t('theory.groups.title'));
  const state = useListState<StudyGroupFilters>({ active: 'true' });
  const { filters, page, pageSize } = state;
  const [editing, setEditing] = useState<StudyGroup | 'new' | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [settingMinimums, setSettingMinimums] = useState(false);
  const list = useQuery({ queryKey: theoryKeys.groups(filters, page, pageSize), queryFn: () => theoryApi.groups(filters, page, pageSize) });
  const mayWrite = can('theory.write');

  return (
    <Card
      title={t('theory.groups.title')}
      extra={
        <Space>
          {can('theory.admin') && (
            <Button icon={<SettingOutlined />} onClick={() => setSettingMinimums(true)}>
              {t('theory.minimums.title')}
            </Button>
          )}
          {mayWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="study-group-create">
              {t('theory.groups.create')}
            </Button>
          )}
        </Space>
      }
    >
      <ListTable<StudyGroup, StudyGroupFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="study-group-table"
        scrollX={900}
        fields={[
          { kind: 'org', key: 'orgId', label: t('theory.groups.org'), knownOrgs: me?.viewScope },
          {
            kind: 'select',
            key: 'level',
            label: t('theory.groups.level'),
            width: 180,
            options: STUDY_GROUP_LEVELS.map((l) => ({ value: l, label: t(`theory.level.${l}`) })),
          },
          {
            kind: 'select',
            key: 'active',
            label: t('theory.groups.active'),
            options: [
              { value: 'true', label: t('theory.groups.activeYes') },
              { value: 'false', label: t('theory.groups.activeNo') },
            ],
          },
          { kind: 'search', name: 'q', placeholder: t('theory.groups.search'), toFilters: textFilter<StudyGroupFilters>('q') },
        ]}
        columns={[
          {
            title: t('theory.groups.name'),
            dataIndex: 'name',
            render: (name: string, g) => <Typography.Link onClick={() => setOpenId(g.id)}>{name}</Typography.Link>,
          },
          { title: t('theory.groups.level'), render: (_, g) => t(`theory.level.${g.level}`) },
          { title: t('theory.groups.org'), render: (_, g) => g.org.name },
          {
            title: t('theory.groups.minimum'),
            align: 'right',
            render: (_, g) => (
              <>
                {t('theory.groups.minimumUnit', { count: g.yearlyMinimum })}
                {g.minimumOverride !== null && <Tag style={{ marginLeft: 6 }}>{t('theory.groups.minimumOverride')}</Tag>}
              </>
            ),
          },
          { title: t('theory.groups.secretary'), render: (_, g) => g.secretary?.name ?? '—' },
          { title: t('theory.groups.members'), dataIndex: 'memberCount', align: 'right' },
          {
            title: t('theory.groups.active'),
            render: (_, g) => <Tag color={g.active ? 'green' : 'default'}>{g.active ? t('theory.groups.activeYes') : t('theory.groups.activeNo')}</Tag>,
          },
          {
            title: '',
            render: (_, g) =>
              mayWrite ? (
                <Button type="link" onClick={() => setEditing(g)}>
                  {t('common.edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing && <StudyGroupFormDrawer group={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {openId !== null && <StudyGroupDrawer groupId={openId} mayWrite={mayWrite} onClose={() => setOpenId(null)} />}
      {settingMinimums && <LevelMinimumsModal onClose={() => setSettingMinimums(false)} />}
    </Card>
  );
}
