import { Alert, Button, Col, Divider, Drawer, Flex, Form, type FormInstance, Input, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { ACTIVITY_CATEGORIES, type ActivityType } from '../../../../contracts/activities/activity-type.schemas';
import { ApiError } from '../../../api/client';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import type { MessageKey } from '../../../app/i18n/messages';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useActivityTypeMutations } from '../hooks/useActivityTypes';
import { formNameOf, type TypeFormValues, toTypeForm, toTypeWrite } from '../type-form';
import { TypeFieldsEditor } from './TypeFieldsEditor';
import { TypeMeasuresEditor } from './TypeMeasuresEditor';

const CODE_RE = /^[a-z][a-z0-9_]{1,39}$/;

/** The message key naming each category. */
export const CATEGORY_KEY: Record<(typeof ACTIVITY_CATEGORIES)[number], MessageKey> = {
  theory: 'activities.category.theory',
  lecture: 'activities.category.lecture',
  culture: 'activities.category.culture',
  reading: 'activities.category.reading',
  civility: 'activities.category.civility',
  media: 'activities.category.media',
  training: 'activities.category.training',
  service: 'activities.category.service',
  other: 'activities.category.other',
};

/** Props of TypeFormDrawer: no `type` means a new one. */
export interface TypeFormDrawerProps {
  type: ActivityType | null;
  onClose(): void;
  onSaved(type: ActivityType): void;
}

/** Adds or changes an activity type: names, category, declared fields and measure rules; server findings land on their place. */
export function TypeFormDrawer({ type, onClose, onSaved }: TypeFormDrawerProps) {
  const t = useT();
  const isMobile = useIsMobile();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<TypeFormValues>();
  const { create, update } = useActivityTypeMutations();
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const onError = (error: unknown) => {
    if (!(error instanceof ApiError) || error.fields.length === 0) {
      notifyError(error);
      return;
    }
    const placed = new Map<string, { name: (string | number)[]; errors: string[] }>();
    const rest: string[] = [];
    for (const p of error.fields) {
      const path = p.path.replace(/^body\.?/, '');
      const name = formNameOf(path);
      if (!name) {
        rest.push(`${path}: ${p.message}`);
        continue;
      }
      const k = name.join('.');
      placed.set(k, { name, errors: [...(placed.get(k)?.errors ?? []), p.message] });
    }
    // Paths come from the form's own lists; antd cannot type nested list paths.
    const untyped: FormInstance = form;
    untyped.setFields([...placed.values()]);
    const first = placed.values().next().value;
    if (first) untyped.scrollToField(first.name, { block: 'center' });
    setUnplaced([error.message, ...rest]);
  };

  const submit = (values: TypeFormValues) => {
    setUnplaced([]);
    const input = toTypeWrite(values);
    if (type) update.mutate({ code: type.code, input }, { onSuccess: onSaved, onError });
    else create.mutate(input, { onSuccess: onSaved, onError });
  };

  return (
    <Drawer
      open
      destroyOnHidden
      size={isMobile ? '100%' : 760}
      title={type ? t('activities.types.editTitle', { name: type.nameZh }) : t('activities.types.createTitle')}
      onClose={onClose}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="type-form-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {unplaced.length > 0 && (
        <Alert type="error" showIcon title={unplaced[0]} description={unplaced.slice(1).join('；') || undefined} style={{ marginBottom: 12 }} />
      )}
      <Form<TypeFormValues>
        form={form}
        layout="vertical"
        initialValues={type ? toTypeForm(type) : { active: true, category: 'other', fields: [], measures: [] }}
        onFinish={submit}
      >
        <Row gutter={8}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="code"
              label={t('activities.types.code')}
              extra={type ? undefined : t('activities.types.codeHint')}
              rules={[{ required: true }, { pattern: CODE_RE, message: t('activities.types.keyShape') }]}
            >
              <Input disabled={type !== null} maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="nameZh" label={t('activities.types.nameZh')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="nameEn" label={t('activities.types.nameEn')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={16} sm={8}>
            <Form.Item name="category" label={t('activities.types.category')} rules={[{ required: true }]}>
              <Select options={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_KEY[c]) }))} />
            </Form.Item>
          </Col>
          <Col xs={8} sm={4}>
            <Form.Item name="active" label={t('activities.types.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('activities.types.fields')}</Divider>
        <TypeFieldsEditor />
        <Divider titlePlacement="start">{t('activities.types.measures')}</Divider>
        <TypeMeasuresEditor />
      </Form>
    </Drawer>
  );
}
