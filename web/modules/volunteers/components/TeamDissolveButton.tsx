import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Team } from '../../../../contracts/volunteers';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

/** Dissolves a team on a date; it stays on record with its members and takes no more join requests or projects. */
export function TeamDissolveButton({ team }: { team: Team }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ dissolvedOn: Dayjs }>();
  const dissolve = useMutation({
    mutationFn: (on: Dayjs) => volunteersApi.dissolveTeam(team.id, team.version, on.format('YYYY-MM-DD')),
    onSuccess: () => {
      setAsking(false);
      void queryClient.invalidateQueries({ queryKey: volunteerKeys.all });
    },
  });
  return (
    <>
      <Button danger onClick={() => setAsking(true)}>
        {t('volunteers.teams.dissolve')}
      </Button>
      <Modal
        open={asking}
        title={t('volunteers.teams.dissolveTitle', { name: team.name })}
        onCancel={() => setAsking(false)}
        onOk={() => form.submit()}
        okButtonProps={{ danger: true }}
        confirmLoading={dissolve.isPending}
        destroyOnHidden
      >
        {dissolve.isError && <Alert type="error" showIcon title={errorText(dissolve.error)} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={{ dissolvedOn: dayjs() }} onFinish={(v) => dissolve.mutate(v.dissolvedOn)}>
          <Form.Item name="dissolvedOn" label={t('volunteers.teams.dissolvedOn')} extra={t('volunteers.teams.dissolveHelp')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
