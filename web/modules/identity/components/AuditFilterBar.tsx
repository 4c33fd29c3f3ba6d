import { DownloadOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { AUDIT_ACTION_LABELS } from '../../../../contracts/identity/audit-labels';
import type { AuditFilters } from '../../../api/identity/audit';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';

interface FilterForm {
  username?: string;
  orgId?: number;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Props of AuditFilterBar. */
export interface AuditFilterBarProps {
  onApply(filters: AuditFilters): void;
  onExport(): void;
  exporting: boolean;
}

/** Audit filters (user, org subtree, action, date range) with search, reset and export of what is searched. */
export function AuditFilterBar({ onApply, onExport, exporting }: AuditFilterBarProps) {
  const t = useT();
  const { locale } = useLocale();
  const [form] = Form.useForm<FilterForm>();
  const apply = (values: FilterForm) => {
    const username = values.username?.trim();
    const [from, to] = values.range ?? [null, null];
    onApply({
      ...(username ? { username } : {}),
      ...(values.orgId ? { orgId: values.orgId } : {}),
      ...(values.action ? { action: values.action } : {}),
      ...(from ? { from: from.format('YYYY-MM-DD') } : {}),
      ...(to ? { to: to.format('YYYY-MM-DD') } : {}),
    });
  };
  return (
    <Form<FilterForm> form={form} layout="vertical" onFinish={apply}>
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={5}>
          <Form.Item name="username" label={t('audit.filter.username')}>
            <Input allowClear placeholder={t('audit.filter.usernamePlaceholder')} data-testid="audit-filter-username" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="orgId" label={t('audit.filter.org')}>
            <OrgTreeSelect placeholder={t('audit.filter.orgPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={5}>
          <Form.Item name="action" label={t('audit.filter.action')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common.all')}
              options={Object.entries(AUDIT_ACTION_LABELS).map(([action, label]) => ({ value: action, label: label[locale] }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="range" label={t('audit.filter.range')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('common.search')}
        </Button>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('common.reset')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="audit-export">
          {t('audit.export')}
        </Button>
      </Space>
    </Form>
  );
}
