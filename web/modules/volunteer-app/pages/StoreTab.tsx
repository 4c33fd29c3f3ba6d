import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, List, Popconfirm, Typography } from 'antd';
import type { Reward } from '../../../../contracts/volunteers/points.schemas';
import { volunteerAppApi, volunteerAppKeys } from '../../../api/volunteer-app';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

/** The rewards I may redeem, from my community's store and those above: price, stock, and redeeming after a confirmation. */
export function StoreTab() {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const rewards = useQuery({ queryKey: volunteerAppKeys.rewards, queryFn: volunteerAppApi.rewards });
  const points = useQuery({ queryKey: volunteerAppKeys.points, queryFn: volunteerAppApi.points });
  const balance = points.data?.balance ?? 0;
  const redeem = useMutation({
    mutationFn: (r: Reward) => volunteerAppApi.redeem(r.id),
    onSuccess: (r) => {
      void message.success(t('vapp.store.redeemed', { name: r.itemName, points: r.points }));
      void queryClient.invalidateQueries({ queryKey: volunteerAppKeys.all });
    },
    onError: notifyError,
  });

  return (
    <Flex vertical gap={8}>
      <Card size="small">
        <Flex justify="space-between" align="baseline">
          <span>{t('vapp.me.points')}</span>
          <Typography.Text strong style={{ fontSize: 20 }} data-testid="vapp-store-balance">
            {points.data ? balance : '—'}
          </Typography.Text>
        </Flex>
      </Card>
      {rewards.isError && <Alert type="error" showIcon title={errorText(rewards.error)} />}
      <List<Reward>
        loading={rewards.isFetching && !rewards.data}
        dataSource={rewards.data ?? []}
        locale={{ emptyText: <Empty description={t('vapp.store.none')} /> }}
        renderItem={(r) => {
          const short = balance < r.pointsPrice;
          return (
            <Card size="small" style={{ marginBottom: 8 }} data-testid="vapp-reward">
              <Flex justify="space-between" align="center" gap={8}>
                <Flex vertical>
                  <Typography.Text strong>{r.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.org.name} · {t('vapp.store.stock', { stock: r.stock })}
                  </Typography.Text>
                </Flex>
                <Flex vertical align="end" gap={4}>
                  <Typography.Text strong>{t('vapp.store.price', { points: r.pointsPrice })}</Typography.Text>
                  <Popconfirm
                    title={t('vapp.store.confirm', { name: r.name, points: r.pointsPrice })}
                    disabled={short || r.stock === 0}
                    onConfirm={() => redeem.mutate(r)}
                  >
                    <Button size="small" type="primary" disabled={short || r.stock === 0} loading={redeem.isPending && redeem.variables?.id === r.id}>
                      {r.stock === 0 ? t('vapp.store.soldOut') : short ? t('vapp.store.notEnough') : t('vapp.store.redeem')}
                    </Button>
                  </Popconfirm>
                </Flex>
              </Flex>
            </Card>
          );
        }}
      />
    </Flex>
  );
}
