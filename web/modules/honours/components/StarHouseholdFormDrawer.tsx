import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Radio, Space } from 'antd';
import type { Org } from '../../../../contracts/identity/org.schemas';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { StarCriteriaChecks } from './StarCriteriaChecks';

interface HouseholdValues {
  orgId: number;
  year: number;
  household: string;
  address?: string;
  source: 'claim' | 'rating';
  criteria?: string[];
}

const FIELD_PATHS = { orgId: 'orgId', year: 'year', household: 'household', address: 'address', source: 'source', criteria: 'criteria' } as const;
const villageOnly = (org: Org) => org.level === 'village';

/** A household's claim of the criteria it meets (reviewed later), or the village's rating of it with the criteria met. */
export function StarHouseholdFormDrawer({ year, orgId, onClose }: { year: number; orgId?: number; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<HouseholdValues>();
  const village = Form.useWatch('orgId', form);
  const source = Form.useWatch('source', form);
  const save = useMutation({
    mutationFn: (v: HouseholdValues) =>
      honoursApi.addStarHousehold({
        orgId: v.orgId,
        year: v.year,
        household: v.household,
        address: v.address ?? '',
        source: v.source,
        criteria: v.criteria ?? [],
      }),
    onSuccess: (h) => {
      void message.success(h.stars === null ? t('honours.star.claimed') : t('honours.star.rated', { stars: h.stars }));
      void queryClient.invalidateQueries({ queryKey: honourKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 520}
      title={t('honours.star.add')}
      data-testid="star-household-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="star-household-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<HouseholdValues> form={form} layout="vertical" initialValues={{ year, orgId, source: 'claim', criteria: [] }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="orgId" label={t('honours.star.village')} rules={[{ required: true }]}>
          <OrgTreeSelect isSelectable={villageOnly} onChange={() => form.setFieldValue('criteria', [])} data-testid="star-household-form-org" />
        </Form.Item>
        <Form.Item name="year" label={t('honours.star.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="household"
          label={t('honours.star.household')}
          extra={t('honours.star.householdHelp')}
          rules={[{ required: true, whitespace: true, max: 30 }]}
        >
          <Input data-testid="star-household-form-name" />
        </Form.Item>
        <Form.Item name="address" label={t('honours.star.address')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="source" label={t('honours.star.source')}>
          <Radio.Group options={(['claim', 'rating'] as const).map((s) => ({ value: s, label: t(`honours.starSource.${s}`) }))} />
        </Form.Item>
        <Form.Item name="criteria" label={t(source === 'rating' ? 'honours.star.criteriaMet' : 'honours.star.criteriaClaimed')}>
          <StarCriteriaChecks orgId={village} testId="star-household-form-criteria" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
