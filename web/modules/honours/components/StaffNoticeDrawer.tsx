import { Descriptions, Drawer, Flex, Table, Tag, Typography } from 'antd';
import { NOMINATION_STATUSES, type StaffNotice } from '../../../../contracts/honours';
import { useT } from '../../../app/i18n/useT';
import { useIsMobile } from '../../../ui/useIsMobile';
import { NOMINATION_STATUS_COLOR } from './labels';

type Candidate = StaffNotice['candidates'][number];

/** One notice for staff: its window, and each candidate with their nomination's status and objections; a name opens the nomination. */
export function StaffNoticeDrawer({ notice, onClose, onOpenNomination }: { notice: StaffNotice; onClose: () => void; onOpenNomination: (id: number) => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  return (
    <Drawer open size={isMobile ? '100%' : 760} onClose={onClose} title={`${notice.titleName} · ${notice.cycleName}`} data-testid="staff-notice-drawer">
      <Flex vertical gap={16}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('honours.notices.org')}>{notice.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('honours.notices.window')}>
            {t('honours.notices.windowLine', { startsOn: notice.startsOn, endsOn: notice.endsOn, days: notice.workingDays })}
            <Tag color={notice.open ? 'green' : 'default'} style={{ marginInlineStart: 8 }}>
              {t(notice.open ? 'honours.notices.open' : 'honours.notices.closed')}
            </Tag>
          </Descriptions.Item>
        </Descriptions>
        <Table<Candidate>
          size="small"
          rowKey="nominationId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={notice.candidates}
          data-testid="staff-notice-candidates"
          columns={[
            {
              title: t('honours.nominee.name'),
              render: (_, c) => (
                <Typography.Link onClick={() => onOpenNomination(c.nominationId)} data-testid={`notice-candidate-${c.nominationId}`}>
                  {c.nomineeName}
                </Typography.Link>
              ),
            },
            { title: t('honours.nominee.unit'), render: (_, c) => c.nomineeUnit || '—' },
            { title: t('honours.nominations.place'), dataIndex: 'orgName' },
            { title: t('honours.nominee.idNumber'), render: (_, c) => c.nomineeIdMasked ?? '—' },
            { title: t('honours.nominee.summary'), dataIndex: 'summary', width: 260 },
            {
              title: t('honours.nominations.status'),
              render: (_, c) => {
                const status = NOMINATION_STATUSES.find((s) => s === c.status);
                return status ? <Tag color={NOMINATION_STATUS_COLOR[status]}>{t(`honours.status.${status}`)}</Tag> : c.status;
              },
            },
            {
              title: t('honours.notices.objections'),
              render: (_, c) => (
                <Typography.Text type={c.openObjections > 0 ? 'danger' : undefined}>
                  {t('honours.notices.objectionCount', { open: c.openObjections, total: c.objections })}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Flex>
    </Drawer>
  );
}
