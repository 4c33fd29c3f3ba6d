import { DownloadOutlined, DownOutlined, ReloadOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../../contracts/activities/activity.schemas';
import type { ActivityFilters } from '../../../api/activities/activities';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useActivityTypes } from '../hooks/useActivityTypes';
import { STATUS_KEY, typeName } from '../labels';

const HIDDEN = { display: 'none' } as const;

interface FilterForm {
  orgId?: number;
  typeCode?: string;
  status?: ActivityStatus;
  range?: [Dayjs | null, Dayjs | null] | null;
  q?: string;
  flagged?: boolean;
}

/** Props of ActivityFilterBar. */
export interface ActivityFilterBarProps {
  onApply(filters: ActivityFilters): void;
  /** Leave the status out when the page fixes it (the review queue). */
  hideStatus?: boolean;
  onExport?: () => void;
  exporting?: boolean;
  /** More buttons beside search, reset and export. */
  extra?: ReactNode;
}

/** Activity filters: org subtree, type, status, date range, text and "only flagged", with search, reset and export. */
export function ActivityFilterBar({ onApply, hideStatus, onExport, exporting, extra }: ActivityFilterBarProps) {
  const t = useT();
  const { locale } = useLocale();
  const types = useActivityTypes();
  const [form] = Form.useForm<FilterForm>();
  const isMobile = useIsMobile();
  // On a phone the filters would fill the first screen; the keyword stays, the rest opens on request.
  const [more, setMore] = useState(false);
  const folded = isMobile && !more;
  const apply = (v: FilterForm) => {
    const q = v.q?.trim();
    const [from, to] = v.range ?? [null, null];
    onApply({
      ...(v.orgId ? { orgId: v.orgId } : {}),
      ...(v.typeCode ? { typeCode: v.typeCode } : {}),
      ...(v.status ? { status: v.status } : {}),
      ...(from ? { from: from.format('YYYY-MM-DD') } : {}),
      ...(to ? { to: to.format('YYYY-MM-DD') } : {}),
      ...(q ? { q } : {}),
      ...(v.flagged ? { flagged: 'true' as const } : {}),
    });
  };
  return (
    <Form<FilterForm> form={form} layout="vertical" onFinish={apply}>
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={6} style={folded ? HIDDEN : undefined}>
          <Form.Item name="orgId" label={t('activities.filter.org')}>
            <OrgTreeSelect placeholder={t('activities.filter.orgPlaceholder')} data-testid="activity-filter-org" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={5} style={folded ? HIDDEN : undefined}>
          <Form.Item name="typeCode" label={t('activities.filter.type')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common.all')}
              loading={types.isLoading}
              options={(types.data ?? []).map((type) => ({ value: type.code, label: typeName(type, locale) }))}
              data-testid="activity-filter-type"
            />
          </Form.Item>
        </Col>
        {!hideStatus && (
          <Col xs={24} sm={12} lg={4} style={folded ? HIDDEN : undefined}>
            <Form.Item name="status" label={t('activities.filter.status')}>
              <Select allowClear placeholder={t('common.all')} options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(STATUS_KEY[s]) }))} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={12} lg={hideStatus ? 8 : 6} style={folded ? HIDDEN : undefined}>
          <Form.Item name="range" label={t('activities.filter.range')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={hideStatus ? 5 : 3}>
          <Form.Item name="q" label={t('activities.filter.q')}>
            <Input allowClear placeholder={t('activities.filter.qPlaceholder')} data-testid="activity-filter-q" />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap style={{ marginBottom: 16 }}>
        <Form.Item name="flagged" valuePropName="checked" noStyle>
          <Switch aria-label={t('activities.filter.flagged')} />
        </Form.Item>
        <span>{t('activities.filter.flagged')}</span>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="activity-search">
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
        {isMobile && (
          <Button type="link" icon={more ? <UpOutlined /> : <DownOutlined />} onClick={() => setMore(!more)}>
            {t(more ? 'activities.filter.less' : 'activities.filter.more')}
          </Button>
        )}
        {onExport && (
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="activity-export">
            {t('activities.export')}
          </Button>
        )}
        {extra}
      </Space>
    </Form>
  );
}
