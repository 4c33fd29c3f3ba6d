import { ApartmentOutlined, EditOutlined, PlusOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, type DescriptionsProps, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { OrgWithPath } from '../../../../contracts/identity/org.schemas';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { formatCount, formatDate } from '../../../ui/format';
import { useOrgDetail } from '../hooks/useOrgQueries';
import { AGENCY_TYPE_LABEL, ORG_KIND_LABEL, ORG_LEVEL_LABEL } from '../labels';
import { OrgCloseModal } from './OrgCloseModal';
import { OrgCreateModal } from './OrgCreateModal';
import { OrgEditModal } from './OrgEditModal';
import { OrgHistoryTable } from './OrgHistoryTable';
import { OrgMoveModal } from './OrgMoveModal';

type Dialog = 'edit' | 'create' | 'move' | 'close' | null;

/** Props of OrgDetails. */
export interface OrgDetailsProps {
  orgId: number;
  canWrite: boolean;
  /** Called after a change, with the unit to show afterwards. */
  onChanged(orgId: number): void;
}

function kindText(org: OrgWithPath, t: ReturnType<typeof useT>): string {
  const kind = t(ORG_KIND_LABEL[org.kind]);
  return org.agencyType ? `${kind}（${t(AGENCY_TYPE_LABEL[org.agencyType])}）` : kind;
}

/** Everything about one unit, its link history, and (for org.write) edit, add child, move and close. */
export function OrgDetails({ orgId, canWrite, onChanged }: OrgDetailsProps) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const detail = useOrgDetail(orgId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const org = detail.data;

  if (detail.isError) return <Alert type="error" showIcon title={errorText(detail.error)} data-testid="org-details" />;
  if (!org) return <Card loading data-testid="org-details" />;

  const closed = org.closedOn !== null;
  const isViewRoot = org.path.length === 0;
  const parent = org.path[org.path.length - 1];
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('org.field.name'), children: org.name },
    { key: 'shortName', label: t('org.field.shortName'), children: org.shortName ?? '—' },
    { key: 'code', label: t('org.field.code'), children: org.code ? <Typography.Text copyable>{org.code}</Typography.Text> : '—' },
    { key: 'level', label: t('org.field.level'), children: t(ORG_LEVEL_LABEL[org.level]) },
    { key: 'kind', label: t('org.field.kind'), children: kindText(org, t) },
    { key: 'parent', label: t('org.field.parent'), children: parent?.name ?? '—' },
    { key: 'population', label: t('org.field.population'), children: formatCount(org.population, locale) },
    { key: 'childCount', label: t('org.field.childCount'), children: formatCount(org.childCount, locale) },
    { key: 'openedOn', label: t('org.field.openedOn'), children: formatDate(org.openedOn) },
    { key: 'closedOn', label: t('org.field.closedOn'), children: formatDate(org.closedOn) },
    {
      key: 'path',
      label: t('org.field.path'),
      span: 'filled',
      children: [...org.path.map((p) => p.name), org.name].join(' / '),
    },
  ];
  const close = () => setDialog(null);
  const done = (id: number) => {
    setDialog(null);
    onChanged(id);
  };

  return (
    <Card
      data-testid="org-details"
      title={
        <Space wrap size={6}>
          <ApartmentOutlined />
          <span>{org.name}</span>
          <Tag color="blue">{t(ORG_LEVEL_LABEL[org.level])}</Tag>
          {closed && <Tag>{t('org.closedTag')}</Tag>}
        </Space>
      }
    >
      {canWrite && !closed && (
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="org-edit">
            {t('org.action.edit')}
          </Button>
          {org.kind === 'region' && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="org-add-child">
              {t('org.action.addChild')}
            </Button>
          )}
          {!isViewRoot && (
            <Button icon={<SwapOutlined />} onClick={() => setDialog('move')} data-testid="org-move">
              {t('org.action.move')}
            </Button>
          )}
          {!isViewRoot && (
            <Button danger icon={<StopOutlined />} onClick={() => setDialog('close')} data-testid="org-close">
              {t('org.action.close')}
            </Button>
          )}
        </Flex>
      )}
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} items={items} styles={{ label: { whiteSpace: 'nowrap' } }} />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('org.history.title')}
      </Typography.Title>
      <OrgHistoryTable orgId={org.id} />
      {dialog === 'edit' && <OrgEditModal org={org} onCancel={close} onDone={done} />}
      {dialog === 'create' && <OrgCreateModal parent={org} onCancel={close} onDone={done} />}
      {dialog === 'move' && <OrgMoveModal org={org} onCancel={close} onDone={done} />}
      {dialog === 'close' && <OrgCloseModal org={org} onCancel={close} onDone={done} />}
    </Card>
  );
}
