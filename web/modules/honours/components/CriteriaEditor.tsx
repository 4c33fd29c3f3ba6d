import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT';
import { CODE_KEY } from './patterns';

/** A cycle's scoring sheet inside its form: up to twelve criteria, each with a key, a name, a weight and the most points. */
export function CriteriaEditor() {
  const t = useT();
  const items = Form.useWatch<{ weight?: number }[] | undefined>('criteria');
  const weights = (items ?? []).reduce((s, c) => s + (c?.weight ?? 0), 0);
  return (
    <Form.List name="criteria">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4} data-testid="cycle-criteria">
          <Typography.Text strong>{t('honours.cycles.criteria')}</Typography.Text>
          {fields.map(({ key, name }) => (
            <Space key={key} align="baseline" wrap>
              <Form.Item name={[name, 'key']} rules={[{ required: true }, { pattern: CODE_KEY, message: t('honours.form.codeInvalid') }]}>
                <Input placeholder={t('honours.form.key')} style={{ width: 120 }} data-testid={`cycle-criterion-key-${name}`} />
              </Form.Item>
              <Form.Item name={[name, 'name']} rules={[{ required: true, whitespace: true, max: 40 }]}>
                <Input placeholder={t('honours.cycles.criterionName')} style={{ width: 160 }} data-testid={`cycle-criterion-name-${name}`} />
              </Form.Item>
              <Form.Item name={[name, 'weight']} rules={[{ required: true }]}>
                <InputNumber
                  min={0.01}
                  max={100}
                  placeholder={t('honours.cycles.weight')}
                  style={{ width: 100 }}
                  data-testid={`cycle-criterion-weight-${name}`}
                />
              </Form.Item>
              <Form.Item name={[name, 'max']} rules={[{ required: true }]}>
                <InputNumber min={0.01} max={1000} placeholder={t('honours.cycles.max')} style={{ width: 100 }} data-testid={`cycle-criterion-max-${name}`} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('honours.form.remove')} onClick={() => remove(name)} />
            </Space>
          ))}
          <Typography.Text type={fields.length > 0 && weights !== 100 ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
            {t('honours.cycles.weightSum', { sum: Math.round(weights * 100) / 100 })}
          </Typography.Text>
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ key: '', name: '', weight: undefined, max: 100 })}
            disabled={fields.length >= 12}
            data-testid="cycle-criterion-add"
          >
            {t('honours.cycles.criterionAdd')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
