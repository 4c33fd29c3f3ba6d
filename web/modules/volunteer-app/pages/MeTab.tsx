import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, List, Popconfirm, Statistic, Tag, Typography } from 'antd';
import type { MySignup } from '../../../../contracts/volunteers';
import type { LedgerEntry } from '../../../../contracts/volunteers/points.schemas';
import { volunteerAppApi, volunteerAppKeys } from '../../../api/volunteer-app';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { saveFile } from '../../../ui/save-file';
import { slotTime } from '../../volunteers';
import { MyCertificates } from '../components/MyCertificates';
import { TeamOrders } from '../components/TeamOrders';
import { useVolunteer } from '../volunteer-context';

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
// A volunteer of some years has hundreds of lines; the phone shows the latest few until asked for more.
const FIRST_LINES = 5;

function MoreButton({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <Button type="link" block onClick={onMore}>
      {t('vapp.me.more', { count: total - shown })}
    </Button>
  );
}

/** What is mine: sign-ups with my place and hours, my points and their ledger, and my personal data to export or have deleted. */
export function MeTab() {
  const t = useT();
  const me = useVolunteer();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const signups = useQuery({ queryKey: volunteerAppKeys.signups, queryFn: volunteerAppApi.signups });
  const points = useQuery({ queryKey: volunteerAppKeys.points, queryFn: volunteerAppApi.points });
  const [signupCount, setSignupCount] = useState(FIRST_LINES);
  const [ledgerCount, setLedgerCount] = useState(FIRST_LINES);
  const served = (signups.data ?? []).reduce((sum, s) => sum + (s.minutesServed ?? 0), 0);
  const exportData = useMutation({
    mutationFn: volunteerAppApi.exportData,
    onSuccess: (file) => saveFile(file.blob, file.filename ?? 'my-volunteer-data.json'),
    onError: notifyError,
  });
  const deletion = useMutation({
    mutationFn: volunteerAppApi.requestDeletion,
    onSuccess: () => {
      void message.success(t('vapp.me.deletionSent'));
      void queryClient.invalidateQueries({ queryKey: volunteerAppKeys.me });
    },
    onError: notifyError,
  });

  return (
    <Flex vertical gap={12}>
      <TeamOrders />
      <Card size="small">
        <Flex justify="space-around">
          <Statistic title={t('vapp.me.hours')} value={hours(served)} data-testid="vapp-hours" />
          <Statistic title={t('vapp.me.points')} value={points.data?.balance ?? '—'} data-testid="vapp-points" />
        </Flex>
      </Card>

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('vapp.me.signups')}
      </Typography.Title>
      {signups.isError && <Alert type="error" showIcon title={errorText(signups.error)} />}
      <List<MySignup>
        size="small"
        loading={signups.isFetching && !signups.data}
        dataSource={(signups.data ?? []).slice(0, signupCount)}
        loadMore={<MoreButton shown={signupCount} total={signups.data?.length ?? 0} onMore={() => setSignupCount((n) => n + 20)} />}
        locale={{ emptyText: <Empty description={t('vapp.me.noSignups')} /> }}
        data-testid="vapp-my-signups"
        renderItem={(s) => (
          <List.Item>
            <Flex vertical style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong>{s.projectTitle}</Typography.Text>
                <Tag color={s.status === 'confirmed' ? 'green' : s.status === 'waiting' ? 'gold' : 'default'}>
                  {s.status === 'waiting' ? t('volunteers.signups.waitingAt', { position: s.waitingPosition ?? 0 }) : t(`volunteers.signupStatus.${s.status}`)}
                </Tag>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {slotTime(s)}
                {s.venueName ? ` · ${s.venueName}` : ''}
              </Typography.Text>
              {s.minutesServed !== null && (
                <Typography.Text type={s.minutesServed === 0 ? 'secondary' : undefined}>
                  {s.minutesServed === 0 ? t('vapp.me.noHours') : t('vapp.me.served', { hours: hours(s.minutesServed) })}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('vapp.me.ledger')}
      </Typography.Title>
      {points.isError && <Alert type="error" showIcon title={errorText(points.error)} />}
      <List<LedgerEntry>
        size="small"
        dataSource={(points.data?.ledger ?? []).slice(0, ledgerCount)}
        loadMore={<MoreButton shown={ledgerCount} total={points.data?.ledger.length ?? 0} onMore={() => setLedgerCount((n) => n + 20)} />}
        locale={{ emptyText: <Empty description={t('vapp.me.noLedger')} /> }}
        renderItem={(e) => (
          <List.Item extra={<Typography.Text type={e.delta < 0 ? 'danger' : 'success'}>{e.delta > 0 ? `+${e.delta}` : e.delta}</Typography.Text>}>
            <Flex vertical>
              <span>{t(`vapp.ledger.${e.reason}`)}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.createdAt)} · {t('vapp.me.balanceAfter', { balance: e.balanceAfter })}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('vapp.me.certificates')}
      </Typography.Title>
      <MyCertificates />

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('vapp.me.myData')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('vapp.me.myDataHelp')}</Typography.Text>
      <Button block onClick={() => exportData.mutate()} loading={exportData.isPending} data-testid="vapp-export">
        {t('vapp.me.export')}
      </Button>
      {me.deletionRequestedAt ? (
        <Alert type="info" showIcon title={t('vapp.me.deletionAt', { at: formatDateTime(me.deletionRequestedAt) })} />
      ) : (
        <Popconfirm title={t('vapp.me.deletionTitle')} description={t('vapp.me.deletionHelp')} onConfirm={() => deletion.mutate()}>
          <Button block danger loading={deletion.isPending} data-testid="vapp-deletion">
            {t('vapp.me.deletion')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
