import { Alert, Checkbox, Flex, Spin, Typography } from 'antd';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useStarCriteria } from './useStarCriteria';

/** A form control: the criteria of an org as checkboxes, one star each; says whose criteria they are when inherited. */
export function StarCriteriaChecks({ orgId, value, onChange, testId }: { orgId?: number; value?: string[]; onChange?: (v: string[]) => void; testId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const criteria = useStarCriteria(orgId);
  if (orgId === undefined) return <Typography.Text type="secondary">{t('honours.star.pickVillage')}</Typography.Text>;
  if (criteria.isPending) return <Spin size="small" />;
  if (criteria.isError) return <Alert type="warning" showIcon title={errorText(criteria.error)} />;
  const c = criteria.data;
  return (
    <Flex vertical gap={4}>
      <Checkbox.Group value={value} onChange={(v) => onChange?.(v.map(String))} data-testid={testId}>
        <Flex vertical gap={4}>
          {c.items.map((item) => (
            <Checkbox key={item.key} value={item.key}>
              {item.name}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      {c.fromOrgName && c.fromOrgId !== c.orgId && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('honours.star.criteriaFrom', { org: c.fromOrgName })}
        </Typography.Text>
      )}
      {c.items.length === 0 && <Typography.Text type="secondary">{t('honours.star.noCriteria')}</Typography.Text>}
    </Flex>
  );
}
