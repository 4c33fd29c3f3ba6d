import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { FollowUpRow, FollowUpState } from '../../../../contracts/theory/first-agenda.schemas';
import { type FollowUpFilters, firstAgendaApi, firstAgendaKeys } from '../../../api/first-agenda';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useIsMobile } from '../../../ui/useIsMobile';

const STATE_COLOR: Record<FollowUpState, string> = { on_time: 'green', late: 'orange', not_yet: 'red' };

/** One item's follow-up board: each of the user's groups studied on time, late or not yet, with the working days overdue; withdrawing for the publisher. */
export function FirstAgendaFollowUpDrawer({ itemId, mayChange, onClose }: { itemId: number; mayChange: boolean; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<FollowUpFilters>({});
  const [reason, setReason] = useState<string | null>(null);
  const board = useQuery({ queryKey: firstAgendaKeys.followUp(itemId, filters), queryFn: () => firstAgendaApi.followUp(itemId, filters) });
  const item = board.data?.item;
  const withdraw = useMutation({
    mutationFn: (withdrawnReason: string) => firstAgendaApi.update(itemId, { version: item?.version ?? 0, withdrawnReason }),
    onSuccess: () => {
      void message.success(t('theory.agenda.withdrawnDone'));
      void queryClient.invalidateQueries({ queryKey: firstAgendaKeys.all });
      setReason(null);
    },
  });

  return (
    <Drawer open destroyOnHidden onClose={onClose} size={isMobile ? '100%' : 760} title={item?.title ?? t('theory.agenda.title')} data-testid="first-agenda-follow-up">
      {board.isError && <Alert type="error" showIcon title={errorText(board.error)} />}
      {item && (
        <>
          <Descriptions size="small" column={isMobile ? 1 : 2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('theory.agenda.source')}>{t(`theory.agenda.source.${item.source}`)}</Descriptions.Item>
            <Descriptions.Item label={t('theory.agenda.publisher')}>{item.org.name}</Descriptions.Item>
            <Descriptions.Item label={t('theory.agenda.deliveredOn')}>{item.deliveredOn}</Descriptions.Item>
            <Descriptions.Item label={t('theory.agenda.issuedOn')}>{item.issuedOn}</Descriptions.Item>
            <Descriptions.Item label={t('theory.agenda.dueOn')}>{t('theory.agenda.dueLine', { dueOn: item.dueOn, days: item.deadlineWorkingDays })}</Descriptions.Item>
            <Descriptions.Item label={t('theory.agenda.followUp')}>
              <span data-testid="first-agenda-totals">
                {t('theory.agenda.followUpLine', { onTime: item.followUp.onTime, late: item.followUp.late, notYet: item.followUp.notYet })}
              </span>
            </Descriptions.Item>
            {item.documents.length > 0 && (
              <Descriptions.Item label={t('theory.agenda.documents')} span={2}>
                <Space wrap>
                  {item.documents.map((d) =>
                    d.url ? (
                      <Typography.Link key={d.title} href={d.url} target="_blank" rel="noreferrer">
                        {d.title}
                      </Typography.Link>
                    ) : (
                      <Typography.Text key={d.title}>{d.title}</Typography.Text>
                    ),
                  )}
                </Space>
              </Descriptions.Item>
            )}
            {item.withdrawn && <Descriptions.Item label={t('theory.agenda.withdrawn')}>{item.withdrawnReason}</Descriptions.Item>}
          </Descriptions>
          <Space style={{ marginBottom: 12 }} wrap>
            <Segmented<FollowUpState | 'all'>
              value={filters.state ?? 'all'}
              onChange={(v) => setFilters({ ...filters, state: v === 'all' ? undefined : v })}
              options={[
                { value: 'all', label: t('common.all') },
                { value: 'not_yet', label: t('theory.agenda.state.not_yet') },
                { value: 'late', label: t('theory.agenda.state.late') },
                { value: 'on_time', label: t('theory.agenda.state.on_time') },
              ]}
            />
            {mayChange && !item.withdrawn && (
              <Button danger onClick={() => setReason('')}>
                {t('theory.agenda.withdraw')}
              </Button>
            )}
          </Space>
        </>
      )}
      <Table<FollowUpRow>
        size="small"
        rowKey={(r) => r.group.id}
        loading={board.isLoading}
        dataSource={board.data?.rows ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        data-testid="first-agenda-follow-up-table"
        columns={[
          {
            title: t('theory.agenda.state'),
            render: (_, r) => (
              <Tag color={STATE_COLOR[r.state]} data-testid={`follow-up-state-${r.group.id}`}>
                {t(`theory.agenda.state.${r.state}`)}
              </Tag>
            ),
          },
          { title: t('theory.groups.name'), render: (_, r) => r.group.name },
          {
            title: t('theory.agenda.studiedOn'),
            render: (_, r) =>
              r.studied ? (
                <>
                  <Link to={`/activities?id=${r.studied.activityId}`} data-testid={`first-agenda-studied-${r.group.id}`}>
                    {r.studied.on}
                  </Link>
                  {!r.studied.approved && <Tag style={{ marginLeft: 6 }}>{t('theory.agenda.notApproved')}</Tag>}
                </>
              ) : (
                '—'
              ),
          },
          {
            title: t('theory.agenda.daysOverdue'),
            align: 'right',
            render: (_, r) => (r.daysOverdue > 0 ? <Typography.Text type="danger">{t('theory.agenda.days', { days: r.daysOverdue })}</Typography.Text> : '—'),
          },
        ]}
      />
      <Modal
        open={reason !== null}
        title={t('theory.agenda.withdraw')}
        onCancel={() => setReason(null)}
        okButtonProps={{ danger: true, disabled: !reason?.trim(), loading: withdraw.isPending }}
        onOk={() => reason && withdraw.mutate(reason.trim())}
      >
        {withdraw.isError && <Alert type="error" showIcon title={errorText(withdraw.error)} style={{ marginBottom: 12 }} />}
        <Input.TextArea maxLength={200} value={reason ?? ''} onChange={(e) => setReason(e.target.value)} placeholder={t('theory.agenda.withdrawReason')} />
      </Modal>
    </Drawer>
  );
}
