import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Statistic, Tag } from 'antd';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { LEVEL_COLOR } from './labels';

/** The register's head: how many hold each title in the chosen org; a card filters the list by its title. */
export function RoleModelCounts({ orgId, titleId, onPick }: { orgId?: number; titleId?: number; onPick: (titleId: number | undefined) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const query = { ...(orgId ? { orgId } : {}) };
  const counts = useQuery({ queryKey: honourKeys.roleModelCounts(query), queryFn: () => honoursApi.roleModelCounts(query) });
  if (counts.isError) return <Alert type="error" showIcon title={errorText(counts.error)} style={{ marginBottom: 12 }} />;
  return (
    <Flex gap={12} wrap style={{ marginBottom: 12 }} data-testid="role-model-counts">
      {(counts.data ?? []).map((c) => (
        <Card
          key={c.titleId}
          size="small"
          hoverable
          onClick={() => onPick(titleId === c.titleId ? undefined : c.titleId)}
          style={{ minWidth: 160, borderColor: titleId === c.titleId ? '#1677ff' : undefined }}
          data-testid={`role-model-count-${c.titleId}`}
        >
          <Statistic
            title={
              <Flex gap={4} align="center" wrap>
                {c.titleName}
                <Tag color={LEVEL_COLOR[c.level]}>{t(`honours.level.${c.level}`)}</Tag>
              </Flex>
            }
            value={c.count}
            suffix={c.measureWord}
          />
        </Card>
      ))}
    </Flex>
  );
}
