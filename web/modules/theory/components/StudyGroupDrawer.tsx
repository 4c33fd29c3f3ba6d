import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Spin, Tabs } from 'antd';
import { theoryApi, theoryKeys } from '../../../api/theory';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useIsMobile } from '../../../ui/useIsMobile';
import { StudyGroupMembers } from './StudyGroupMembers';
import { StudyPlanEditor } from './StudyPlanEditor';

/** One study group: who it is, its members and its yearly plan. */
export function StudyGroupDrawer({ groupId, mayWrite, onClose }: { groupId: number; mayWrite: boolean; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const errorText = useErrorText();
  const group = useQuery({ queryKey: theoryKeys.group(groupId), queryFn: () => theoryApi.group(groupId) });
  const g = group.data;
  return (
    <Drawer open destroyOnHidden onClose={onClose} size={isMobile ? '100%' : 640} title={g?.name} data-testid="study-group-drawer">
      {group.isError && <Alert type="error" showIcon title={errorText(group.error)} />}
      {!g ? (
        <Spin />
      ) : (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('theory.groups.org')}>{g.org.name}</Descriptions.Item>
            <Descriptions.Item label={t('theory.groups.level')}>{t(`theory.level.${g.level}`)}</Descriptions.Item>
            <Descriptions.Item label={t('theory.groups.minimum')}>{t('theory.groups.minimumUnit', { count: g.yearlyMinimum })}</Descriptions.Item>
            <Descriptions.Item label={t('theory.groups.secretary')}>{g.secretary?.name ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Tabs
            items={[
              { key: 'members', label: t('theory.members.title'), children: <StudyGroupMembers group={g} mayWrite={mayWrite} /> },
              { key: 'plan', label: t('theory.plan.title'), children: <StudyPlanEditor groupId={g.id} mayWrite={mayWrite && g.active} /> },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
