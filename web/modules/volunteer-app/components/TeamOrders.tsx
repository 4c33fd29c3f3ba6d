import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { OrderListItem } from '../../../../contracts/volunteers/order.schemas';
import { teamOrdersApi } from '../../../api/team-orders';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

type Step = { kind: 'decline' | 'complete'; order: OrderListItem };

/** For team leaders: the orders dispatched to, open to or accepted by their teams, to take, hand back or mark done. */
export function TeamOrders() {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const teams = useQuery({ queryKey: ['volunteer-app', 'teams'], queryFn: teamOrdersApi.teams });
  const led = (teams.data ?? []).filter((x) => x.role === 'leader');
  const queue = useQuery({ queryKey: ['volunteer-app', 'team-queue'], queryFn: teamOrdersApi.queue, enabled: led.length > 0 });
  const [teamId, setTeamId] = useState<number | undefined>();
  const [step, setStep] = useState<Step | null>(null);
  const [text, setText] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['volunteer-app', 'team-queue'] });
  const accept = useMutation({ mutationFn: (o: OrderListItem) => teamOrdersApi.accept(o.id, o.team?.id ?? teamId ?? led[0]?.id ?? 0), onSuccess: refresh });
  const finish = useMutation({
    mutationFn: async (s: Step): Promise<void> => {
      if (s.kind === 'decline') await teamOrdersApi.decline(s.order.id, s.order.team?.id ?? 0, text);
      else await teamOrdersApi.complete(s.order.id, text);
    },
    onSuccess: () => {
      setStep(null);
      setText('');
      void refresh();
    },
  });
  if (led.length === 0) return null;
  const failure = accept.error ?? finish.error ?? queue.error;
  return (
    <Card size="small" title={t('vapp.orders.title')} data-testid="team-orders">
      {failure && <Alert type="error" showIcon title={errorText(failure)} style={{ marginBottom: 8 }} />}
      {led.length > 1 && (
        <Select
          size="small"
          style={{ width: '100%', marginBottom: 8 }}
          value={teamId ?? led[0]?.id}
          onChange={setTeamId}
          options={led.map((x) => ({ value: x.id, label: x.name }))}
          aria-label={t('vapp.orders.team')}
        />
      )}
      {(queue.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('vapp.orders.none')} />
      ) : (
        <List
          size="small"
          dataSource={queue.data ?? []}
          renderItem={(o) => (
            <List.Item>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text strong>{`${o.itemName} · ${o.venue.name}`}</Typography.Text>
                <Typography.Text type="secondary">{`${o.residentName} ${o.phoneMasked} · ${o.address} · ${o.wishedOn}`}</Typography.Text>
                <Space wrap>
                  <Tag>{t(`orders.status.${o.status}`)}</Tag>
                  {o.stepDueOn && <Tag color={o.overdue ? 'red' : 'default'}>{t('orders.dueOn', { day: o.stepDueOn })}</Tag>}
                  {(o.status === 'dispatched' || o.status === 'open') && (
                    <Button size="small" type="primary" loading={accept.isPending} onClick={() => accept.mutate(o)}>
                      {t('vapp.orders.accept')}
                    </Button>
                  )}
                  {o.status === 'dispatched' && (
                    <Button size="small" onClick={() => setStep({ kind: 'decline', order: o })}>
                      {t('vapp.orders.decline')}
                    </Button>
                  )}
                  {o.status === 'accepted' && (
                    <Button size="small" type="primary" onClick={() => setStep({ kind: 'complete', order: o })}>
                      {t('vapp.orders.complete')}
                    </Button>
                  )}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      )}
      <Modal
        open={step !== null}
        title={step?.kind === 'decline' ? t('vapp.orders.decline') : t('vapp.orders.complete')}
        onCancel={() => setStep(null)}
        onOk={() => step && text.trim() && finish.mutate(step)}
        okButtonProps={{ disabled: !text.trim() }}
        confirmLoading={finish.isPending}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={step?.kind === 'decline' ? 500 : 1000}
          placeholder={step?.kind === 'decline' ? t('vapp.orders.declineReason') : t('vapp.orders.summary')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
