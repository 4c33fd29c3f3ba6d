import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Divider, Drawer, Flex, Tag } from 'antd';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useIsMobile } from '../../../ui/useIsMobile';
import { NominationActions } from './NominationActions';
import { NominationEvidence } from './NominationEvidence';
import { NominationFacts } from './NominationFacts';
import { NominationFlags } from './NominationFlags';
import { NominationHistory } from './NominationHistory';
import { NominationObjections } from './NominationObjections';
import { PanelSheet } from './PanelSheet';

/** One nomination in full: its facts and evidence, the flags, the steps open to the caller, the panel, the objections and the history. */
export function NominationDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const { can } = useSession();
  const isMobile = useIsMobile();
  const errorText = useErrorText();
  const found = useQuery({ queryKey: honourKeys.nomination(id), queryFn: () => honoursApi.nomination(id) });
  const n = found.data;
  return (
    <Drawer
      open
      size={isMobile ? '100%' : 720}
      onClose={onClose}
      loading={found.isPending}
      data-testid="nomination-drawer"
      title={
        n ? (
          <Flex gap={8} align="center" wrap>
            {n.nomineeName}
            {n.flags > 0 && (
              <Tag color="warning" icon={<WarningOutlined />}>
                {t('honours.flags.count', { count: n.flags })}
              </Tag>
            )}
          </Flex>
        ) : (
          t('honours.nominations.title')
        )
      }
    >
      {found.isError && <Alert type="error" showIcon title={errorText(found.error)} />}
      {n && (
        <Flex vertical gap={16}>
          <NominationFlags flags={n.flagList} />
          <NominationActions n={n} />
          <NominationFacts n={n} />
          <NominationEvidence files={n.files} />
          {n.panel && n.panel.criteria.length > 0 && (
            <>
              <Divider style={{ margin: 0 }} />
              <PanelSheet n={n} panel={n.panel} canScore={n.status === 'reviewing' && n.canReview && n.stage === n.stages[n.stages.length - 1]} />
            </>
          )}
          <NominationObjections objections={n.objections} canAnswer={can('honour.review')} />
          <Divider style={{ margin: 0 }} />
          <NominationHistory history={n.history} />
        </Flex>
      )}
    </Drawer>
  );
}
