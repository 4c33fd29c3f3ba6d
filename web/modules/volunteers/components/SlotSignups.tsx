import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Signup, SignupStatus, Slot } from '../../../../contracts/volunteers';
import { ApiError } from '../../../api/client';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { VolunteerPicker } from './VolunteerPicker';

const STATUS_COLORS: Record<SignupStatus, string> = { confirmed: 'green', waiting: 'gold', cancelled: 'default' };

/**
 * Who holds a place in one slot and who waits, in order; staff sign a volunteer up (a full slot offers the waiting list)
 * and cancel a place before the slot begins, when the first waiting moves up.
 */
export function SlotSignups({ projectId, slot, open }: { projectId: number; slot: Slot; open: boolean }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [volunteerId, setVolunteerId] = useState<number | undefined>();
  const signups = useQuery({ queryKey: volunteerKeys.signups(projectId, slot.id), queryFn: () => volunteersApi.signups(projectId, slot.id) });
  const started = new Date(slot.startsAt).getTime() <= Date.now();
  const mayChange = open && !started;
  const refresh = () => {
    void message.success(t('common.saved'));
    void queryClient.invalidateQueries({ queryKey: volunteerKeys.all });
  };
  const signUp = useMutation({
    mutationFn: (v: { id: number; waitlist: boolean }) => volunteersApi.signUp(projectId, slot.id, v.id, v.waitlist),
    onSuccess: () => {
      setVolunteerId(undefined);
      refresh();
    },
    onError: (err, v) => {
      if (err instanceof ApiError && err.code === 'VOLUNTEERS_SLOT_FULL') {
        modal.confirm({
          title: t('volunteers.signups.fullTitle'),
          content: err.message,
          okText: t('volunteers.signups.waitlist'),
          onOk: () => signUp.mutate({ ...v, waitlist: true }),
        });
        return;
      }
      notifyError(err);
    },
  });
  const cancel = useMutation({ mutationFn: (id: number) => volunteersApi.cancelSignup(projectId, slot.id, id), onSuccess: refresh, onError: notifyError });
  const live = (signups.data ?? []).filter((s) => s.status !== 'cancelled');

  return (
    <Flex vertical gap={8}>
      {mayChange && (
        <Flex gap={8} wrap>
          <VolunteerPicker value={volunteerId} onChange={setVolunteerId} data-testid="signup-picker" />
          <Button
            disabled={volunteerId === undefined}
            loading={signUp.isPending}
            onClick={() => volunteerId !== undefined && signUp.mutate({ id: volunteerId, waitlist: false })}
            data-testid="signup-add"
          >
            {t('volunteers.signups.add')}
          </Button>
        </Flex>
      )}
      {signups.isError && <Alert type="error" showIcon title={errorText(signups.error)} />}
      <Table<Signup>
        rowKey={(s) => `${s.volunteerId}-${s.signedUpAt}`}
        size="small"
        loading={signups.isFetching}
        dataSource={live}
        pagination={false}
        locale={{ emptyText: t('volunteers.signups.none') }}
        columns={[
          { title: t('volunteers.col.name'), render: (_, s) => `${s.name} · ${s.volunteerNo}` },
          {
            title: t('volunteers.signups.status'),
            render: (_, s) => (
              <Tag color={STATUS_COLORS[s.status]}>
                {s.status === 'waiting' ? t('volunteers.signups.waitingAt', { position: s.position ?? 0 }) : t(`volunteers.signupStatus.${s.status}`)}
              </Tag>
            ),
          },
          { title: t('volunteers.signups.at'), render: (_, s) => formatDateTime(s.signedUpAt) },
          {
            title: t('common.actions'),
            render: (_, s) =>
              mayChange ? (
                <Popconfirm title={t('volunteers.signups.cancelTitle')} onConfirm={() => cancel.mutate(s.volunteerId)}>
                  <Button size="small" type="link" danger>
                    {t('volunteers.signups.cancel')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}
