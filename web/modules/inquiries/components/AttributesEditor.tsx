import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { ATTRIBUTE_DATATYPES } from '../../../../contracts/inquiries';
import { useT } from '../../../app/i18n/useT';
import { ATTRIBUTE_CODE } from './patterns';

const LISTS = new Set(['singlevaluelist', 'multivaluelist']);

/** The choices of a list question: key and name each, up to fifty. */
function ValuesEditor({ attribute }: { attribute: number }) {
  const t = useT();
  return (
    <Form.List name={[attribute, 'values']}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('inquiries.attr.values')}</Typography.Text>
          {fields.map(({ key, name }) => (
            <Space key={key} align="baseline" wrap>
              <Form.Item name={[name, 'key']} rules={[{ required: true, whitespace: true, max: 40 }]} style={{ marginBottom: 4 }}>
                <Input placeholder={t('inquiries.attr.valueKey')} style={{ width: 120 }} data-testid={`attr-${attribute}-value-key-${name}`} />
              </Form.Item>
              <Form.Item name={[name, 'name']} rules={[{ required: true, whitespace: true, max: 60 }]} style={{ marginBottom: 4 }}>
                <Input placeholder={t('inquiries.attr.valueName')} style={{ width: 180 }} data-testid={`attr-${attribute}-value-name-${name}`} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('inquiries.attr.remove')} onClick={() => remove(name)} />
            </Space>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add({ key: '', name: '' })}
            disabled={fields.length >= 50}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('inquiries.attr.addValue')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** A category's extra questions (Open311 service attributes) inside its form: code, datatype, required, the question, order, and choices for lists. */
export function AttributesEditor() {
  const t = useT();
  const items = Form.useWatch<{ datatype?: string }[] | undefined>('attributes');
  return (
    <Form.List name="attributes">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} data-testid="category-attributes">
          <Typography.Text strong>{t('inquiries.attr.title')}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inquiries.attr.help')}
          </Typography.Text>
          {fields.map(({ key, name }) => (
            <Card
              key={key}
              size="small"
              extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('inquiries.attr.remove')} onClick={() => remove(name)} />}
              title={t('inquiries.attr.item', { n: name + 1 })}
            >
              <Space align="baseline" wrap>
                <Form.Item
                  name={[name, 'code']}
                  label={t('inquiries.attr.code')}
                  rules={[{ required: true }, { pattern: ATTRIBUTE_CODE, message: t('inquiries.setup.codeInvalid') }]}
                >
                  <Input style={{ width: 140 }} data-testid={`attr-code-${name}`} />
                </Form.Item>
                <Form.Item name={[name, 'datatype']} label={t('inquiries.attr.datatype')} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 140 }}
                    options={ATTRIBUTE_DATATYPES.map((d) => ({ value: d, label: t(`inquiries.datatype.${d}`) }))}
                    data-testid={`attr-datatype-${name}`}
                  />
                </Form.Item>
                <Form.Item name={[name, 'order']} label={t('inquiries.attr.order')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={100} precision={0} style={{ width: 90 }} />
                </Form.Item>
                <Form.Item name={[name, 'required']} label={t('inquiries.attr.required')} valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Space>
              <Form.Item name={[name, 'description']} label={t('inquiries.attr.description')} rules={[{ required: true, whitespace: true, max: 200 }]}>
                <Input maxLength={200} data-testid={`attr-description-${name}`} />
              </Form.Item>
              {LISTS.has(items?.[name]?.datatype ?? '') && <ValuesEditor attribute={name} />}
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ code: '', datatype: 'string', required: false, description: '', order: fields.length + 1, values: [] })}
            disabled={fields.length >= 20}
            data-testid="category-attribute-add"
          >
            {t('inquiries.attr.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
