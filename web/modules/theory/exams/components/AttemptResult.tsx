import { Card, Flex, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Attempt } from '../../../../../contracts/theory/exam.schemas';
import { useT } from '../../../../app/i18n/useT';
import { AttemptResultItem } from './AttemptResultItem';

/** A closed attempt's result: score of the total, passed or not where the exam has a pass score, marking still due, then each question. */
export function AttemptResult({ attempt, extra }: { attempt: Attempt; extra?: ReactNode }) {
  const t = useT();
  const awaiting = attempt.status === 'awaiting_marking';
  return (
    <Flex vertical gap={12} data-testid="exam-result" data-status={attempt.status}>
      <Card size="small">
        <Flex vertical gap={8}>
          <Flex gap={24} wrap align="end">
            <Statistic
              title={t(awaiting ? 'theory.exam.result.scoreSoFar' : 'theory.exam.result.score')}
              value={attempt.score ?? '—'}
              suffix={`/ ${attempt.exam.totalPoints}`}
              data-testid="exam-result-score"
            />
            <Flex gap={6} wrap style={{ paddingBottom: 6 }}>
              {attempt.status === 'in_progress' && <Tag color="orange">{t('theory.exam.status.in_progress')}</Tag>}
              {awaiting && (
                <Tag color="gold" data-testid="exam-result-awaiting">
                  {t('theory.exam.result.awaiting')}
                </Tag>
              )}
              {attempt.passed === true && (
                <Tag color="green" data-testid="exam-result-passed">
                  {t('theory.exam.result.passed')}
                </Tag>
              )}
              {attempt.passed === false && (
                <Tag color="red" data-testid="exam-result-failed">
                  {t('theory.exam.result.failed')}
                </Tag>
              )}
            </Flex>
          </Flex>
          {attempt.exam.passScore !== null && (
            <Typography.Text type="secondary">{t('theory.exam.result.passLine', { pass: attempt.exam.passScore })}</Typography.Text>
          )}
          {awaiting && <Typography.Text type="secondary">{t('theory.exam.result.awaitingHelp')}</Typography.Text>}
          {attempt.closing && <Typography.Text type="secondary">{t(`theory.exam.result.closing.${attempt.closing}`)}</Typography.Text>}
          {extra}
        </Flex>
      </Card>
      {attempt.items.map((item) => (
        <AttemptResultItem key={item.position} item={item} />
      ))}
    </Flex>
  );
}
