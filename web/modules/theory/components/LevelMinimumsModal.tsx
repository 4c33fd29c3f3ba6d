import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, InputNumber, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { STUDY_GROUP_LEVELS, type StudyGroupLevel } from '../../../../contracts/theory/study-group.schemas';
import { theoryApi, theoryKeys } from '../../../api/theory';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';

/** The city's yearly minimum of collective sessions for each level, set by a city-wide admin. */
export function LevelMinimumsModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<StudyGroupLevel, number>>();
  const minimums = useQuery({ queryKey: theoryKeys.minimums, queryFn: theoryApi.minimums });
  useEffect(() => {
    if (minimums.data) form.setFieldsValue(Object.fromEntries(minimums.data.minimums.map((m) => [m.level, m.minimum])));
  }, [form, minimums.data]);
  const save = useMutation({
    mutationFn: (v: Record<StudyGroupLevel, number>) => theoryApi.saveMinimums({ minimums: STUDY_GROUP_LEVELS.map((level) => ({ level, minimum: v[level] })) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: theoryKeys.all });
      void message.success(t('common.saved'));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('theory.minimums.title')}
      okText={t('theory.minimums.save')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('theory.minimums.help')}</Typography.Paragraph>
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="horizontal" labelCol={{ span: 12 }} onFinish={(v) => save.mutate(v)}>
        {STUDY_GROUP_LEVELS.map((level) => (
          <Form.Item key={level} name={level} label={t(`theory.level.${level}`)} rules={[{ required: true }]}>
            <InputNumber min={0} max={200} precision={0} suffix={t('theory.minimums.unit')} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
