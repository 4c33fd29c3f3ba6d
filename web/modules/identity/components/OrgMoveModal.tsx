import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Org, OrgMove, OrgWithPath } from '../../../../contracts/identity/org.schemas';
import { orgKeys, orgsApi } from '../../../api/identity/orgs';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { ORG_LEVEL_LABEL } from '../labels';
import { requiredParentLevel } from '../org-rules';

interface MoveForm {
  newParentId?: number;
  effectiveOn: Dayjs;
}

/** Moving a unit with its whole subtree under a new parent from a date on, after an explicit from → to confirmation. */
export function OrgMoveModal({ org, onCancel, onDone }: { org: OrgWithPath; onCancel(): void; onDone(id: number): void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MoveForm>();
  const [targetName, setTargetName] = useState<string>('');
  const parentLevel = requiredParentLevel(org);
  const fromName = org.path[org.path.length - 1]?.name ?? '—';

  const move = useMutation({
    mutationFn: (input: OrgMove) => orgsApi.move(org.id, input),
    onSuccess: async (moved) => {
      await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      void message.success(t('org.move.done', { name: moved.name }));
      onDone(moved.id);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error, { newParentId: 'newParentId', effectiveOn: 'effectiveOn' })) notifyError(error);
    },
  });

  const canBeParent = (candidate: Org) =>
    candidate.kind === 'region' && candidate.level === parentLevel && candidate.id !== org.parentId && candidate.closedOn === null;

  const confirm = ({ newParentId, effectiveOn }: MoveForm) => {
    if (!newParentId) return;
    const date = effectiveOn.format('YYYY-MM-DD');
    modal.confirm({
      title: t('org.move.confirmTitle'),
      content: t('org.move.confirmBody', { name: org.name, from: fromName, to: targetName || `#${newParentId}`, date }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () => move.mutateAsync({ newParentId, effectiveOn: date }).catch(() => undefined),
    });
  };

  return (
    <Modal
      open
      title={t('org.move.title', { name: org.name })}
      okText={t('common.next')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('org.move.hint', { from: fromName, level: parentLevel ? t(ORG_LEVEL_LABEL[parentLevel]) : '—' })}
      />
      <Form<MoveForm> form={form} layout="vertical" initialValues={{ effectiveOn: dayjs() }} onFinish={confirm}>
        <Form.Item name="newParentId" label={t('org.move.newParent')} rules={[{ required: true, message: t('org.move.newParentRequired') }]}>
          <OrgTreeSelect isSelectable={canBeParent} hiddenSubtreeOf={org.id} onChange={(_, name) => setTargetName(name ?? '')} data-testid="org-move-parent" />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('org.move.effectiveOn')} rules={[{ required: true }]} extra={t('org.move.effectiveHint')}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
