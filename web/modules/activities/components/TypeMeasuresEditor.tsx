import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { statsApi, statsKeys } from '../../../api/stats/stats';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { REFERENCE_ATTRIBUTES } from '../../../../contracts/activities/field-declaration';
import type { FieldRow } from '../type-form';

/** The measure rules of a type: which measure, fed by a constant or a numeric field, optionally only when a choice matches. */
export function TypeMeasuresEditor() {
  const t = useT();
  const { locale } = useLocale();
  const measures = useQuery({ queryKey: statsKeys.measures, queryFn: statsApi.measures, staleTime: 300_000 });
  const fields = (Form.useWatch('fields') as FieldRow[] | undefined) ?? [];
  const fieldOptions = (pred: (f: FieldRow) => boolean) =>
    fields.filter((f) => f?.key && pred(f)).map((f) => ({ value: f.key, label: `${f.labelZh ?? f.key} (${f.key})` }));
  // A condition may read what a reference field points at, e.g. the level of the session's study group.
  const attributeOptions = fields
    .filter((f) => f?.key && f.type === 'reference' && f.ref)
    .flatMap((f) => (f.ref ? REFERENCE_ATTRIBUTES[f.ref] : []).map((a) => ({ value: `${f.key}.${a}`, label: `${f.labelZh ?? f.key} (${f.key}.${a})` })));
  return (
    <Form.List name="measures">
      {(items, { add, remove }) => (
        <>
          {items.map(({ key, name }) => (
            <Card
              key={key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('activities.types.ruleN', { n: name + 1 })}
              extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(name)} aria-label={t('activities.types.removeRule')} />}
            >
              <Row gutter={8}>
                <Col xs={24} sm={12}>
                  <Form.Item name={[name, 'measure']} label={t('activities.types.measure')} rules={[{ required: true }]}>
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={measures.isLoading}
                      options={(measures.data ?? []).map((m) => ({ value: m.code, label: `${locale === 'en' ? m.nameEn : m.nameZh} (${m.code})` }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[name, 'source']} label={t('activities.types.source')} rules={[{ required: true }]}>
                    <Select
                      options={[
                        { value: 'const', label: t('activities.types.sourceConst') },
                        { value: 'field', label: t('activities.types.sourceField') },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Form.Item noStyle shouldUpdate>
                  {(form) =>
                    form.getFieldValue(['measures', name, 'source']) === 'field' ? (
                      <Col xs={24} sm={12}>
                        <Form.Item name={[name, 'field']} label={t('activities.types.valueField')} rules={[{ required: true }]}>
                          <Select options={fieldOptions((f) => f.type === 'integer' || f.type === 'number')} />
                        </Form.Item>
                      </Col>
                    ) : (
                      <Col xs={24} sm={12}>
                        <Form.Item name={[name, 'constValue']} label={t('activities.types.constValue')}>
                          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    )
                  }
                </Form.Item>
                <Col xs={12} sm={6}>
                  <Form.Item name={[name, 'whenField']} label={t('activities.types.whenField')}>
                    <Select allowClear options={[...fieldOptions((f) => f.type === 'select' || f.type === 'boolean'), ...attributeOptions]} />
                  </Form.Item>
                </Col>
                <Col xs={12} sm={6}>
                  <Form.Item name={[name, 'whenEquals']} label={t('activities.types.whenEquals')}>
                    <Input placeholder="online / true" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ source: 'const', constValue: 1 })}>
            {t('activities.types.addRule')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
