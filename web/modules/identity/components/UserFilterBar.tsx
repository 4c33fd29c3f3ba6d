import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { ROLES, type Role } from '../../../../contracts/identity/permissions';
import type { UserFilters } from '../../../api/identity/users';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { roleLabel } from '../labels';

interface FilterForm {
  q?: string;
  orgId?: number;
  role?: Role;
}

/** Search by name, org subtree and role; applied with 查询, cleared with 重置. */
export function UserFilterBar({ onApply }: { onApply(filters: UserFilters): void }) {
  const t = useT();
  const { locale } = useLocale();
  const isMobile = useIsMobile();
  const [form] = Form.useForm<FilterForm>();
  const apply = (values: FilterForm) => {
    const q = values.q?.trim();
    onApply({ ...(q ? { q } : {}), ...(values.orgId ? { orgId: values.orgId } : {}), ...(values.role ? { role: values.role } : {}) });
  };
  return (
    <Form<FilterForm> form={form} layout="vertical" onFinish={apply}>
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="q" label={t('user.filter.q')}>
            <Input allowClear placeholder={t('user.filter.qPlaceholder')} data-testid="user-filter-q" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={7}>
          <Form.Item name="orgId" label={t('user.filter.org')}>
            <OrgTreeSelect placeholder={t('user.filter.orgPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={5}>
          <Form.Item name="role" label={t('user.filter.role')}>
            <Select allowClear placeholder={t('common.all')} options={ROLES.map((role) => ({ value: role, label: roleLabel(role, locale) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={isMobile ? undefined : ' '} colon={false}>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="user-search">
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
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
