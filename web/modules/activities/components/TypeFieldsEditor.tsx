import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { FIELD_TYPES, type FieldType, REFERENCE_KINDS, type ReferenceKind } from '../../../../contracts/activities/field-declaration';
import { useT } from '../../../app/i18n/useT';
import type { MessageKey } from '../../../app/i18n/messages';

const KEY_RE = /^[a-z][a-z0-9_]{0,39}$/;

/** The message key naming each field type. */
export const FIELD_TYPE_KEY: Record<FieldType, MessageKey> = {
  text: 'activities.fieldType.text',
  longtext: 'activities.fieldType.longtext',
  integer: 'activities.fieldType.integer',
  number: 'activities.fieldType.number',
  date: 'activities.fieldType.date',
  select: 'activities.fieldType.select',
  multiselect: 'activities.fieldType.multiselect',
  boolean: 'activities.fieldType.boolean',
  reference: 'activities.fieldType.reference',
};

/** The message key naming each registry a reference field may point into. */
export const REFERENCE_KIND_KEY: Record<ReferenceKind, MessageKey> = {
  study_group: 'activities.referenceKind.study_group',
  first_agenda_item: 'activities.referenceKind.first_agenda_item',
  lecture_troupe: 'activities.referenceKind.lecture_troupe',
  lecturer: 'activities.referenceKind.lecturer',
  role_model_pairing: 'activities.referenceKind.role_model_pairing',
};

/** The declared fields of a type, one card each, with the settings that fit its kind (range, length, options). */
export function TypeFieldsEditor() {
  const t = useT();
  return (
    <Form.List name="fields">
      {(items, { add, remove }) => (
        <>
          {items.map(({ key, name }) => (
            <Card
              key={key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('activities.types.fieldN', { n: name + 1 })}
              extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label={t('activities.types.removeField')} />}
            >
              <Row gutter={8}>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name={[name, 'key']}
                    label={t('activities.types.key')}
                    rules={[{ required: true }, { pattern: KEY_RE, message: t('activities.types.keyShape') }]}
                  >
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8}>
                  <Form.Item name={[name, 'labelZh']} label={t('activities.types.labelZh')} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={8}>
                  <Form.Item name={[name, 'labelEn']} label={t('activities.types.labelEn')} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={16} sm={8}>
                  <Form.Item name={[name, 'type']} label={t('activities.types.fieldType')} rules={[{ required: true }]}>
                    <Select options={FIELD_TYPES.map((ft) => ({ value: ft, label: t(FIELD_TYPE_KEY[ft]) }))} />
                  </Form.Item>
                </Col>
                <Col xs={8} sm={4}>
                  <Form.Item name={[name, 'required']} label={t('activities.types.required')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Col>
                <Form.Item noStyle shouldUpdate>
                  {(form) => {
                    const type = (form.getFieldValue(['fields', name, 'type']) as FieldType | undefined) ?? 'text';
                    if (type === 'integer' || type === 'number')
                      return (
                        <>
                          <Col xs={12} sm={6}>
                            <Form.Item name={[name, 'min']} label={t('activities.types.min')}>
                              <InputNumber style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                          <Col xs={12} sm={6}>
                            <Form.Item name={[name, 'max']} label={t('activities.types.max')}>
                              <InputNumber style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                        </>
                      );
                    if (type === 'text' || type === 'longtext')
                      return (
                        <Col xs={24} sm={12}>
                          <Form.Item name={[name, 'maxLength']} label={t('activities.types.maxLength')}>
                            <InputNumber min={1} max={5000} style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                      );
                    if (type === 'reference')
                      return (
                        <Col xs={24} sm={12}>
                          <Form.Item name={[name, 'ref']} label={t('activities.types.ref')} rules={[{ required: true }]}>
                            <Select options={REFERENCE_KINDS.map((k) => ({ value: k, label: t(REFERENCE_KIND_KEY[k]) }))} />
                          </Form.Item>
                        </Col>
                      );
                    if (type === 'select' || type === 'multiselect')
                      return (
                        <Col xs={24}>
                          <Form.Item name={[name, 'optionsText']} label={t('activities.types.options')} extra={t('activities.types.optionsHint')}>
                            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
                          </Form.Item>
                        </Col>
                      );
                    return null;
                  }}
                </Form.Item>
                <Col xs={24} sm={12}>
                  <Form.Item name={[name, 'helpZh']} label={t('activities.types.helpZh')}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[name, 'helpEn']} label={t('activities.types.helpEn')}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ type: 'text', required: false })}>
            {t('activities.types.addField')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
