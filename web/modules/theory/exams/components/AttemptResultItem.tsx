import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import type { AttemptItem } from '../../../../../contracts/theory/exam.schemas';
import { useT } from '../../../../app/i18n/useT';
import { responseText } from '../attempt-answers';
import { optionLetter } from '../question-form';

function Mark({ item }: { item: AttemptItem }) {
  const t = useT();
  if (item.correct === true) return <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('theory.exam.result.right')} />;
  if (item.correct === false) return <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('theory.exam.result.wrong')} />;
  return <ClockCircleOutlined style={{ color: '#d48806' }} aria-label={t('theory.exam.result.pendingMark')} />;
}

/** One question of a closed attempt: what was asked, what was answered, ✓ or ✗ with the points, and the right answer once shown. */
export function AttemptResultItem({ item }: { item: AttemptItem }) {
  const t = useT();
  const given = responseText(item, item.response, { yes: t('theory.question.truth.true'), no: t('theory.question.truth.false') });
  const chosen = new Set(item.response?.kind === 'single' ? [item.response.option] : item.response?.kind === 'multiple' ? item.response.options : []);
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <Mark item={item} />
          <span>{t('theory.exam.take.questionNo', { n: item.position })}</span>
          <Tag>{t(`theory.question.kind.${item.kind}`)}</Tag>
        </Flex>
      }
      extra={
        <Typography.Text strong data-testid={`exam-result-q-${item.position}-score`}>
          {item.score === null ? t('theory.exam.result.pendingMark') : t('theory.exam.result.points', { score: item.score, points: item.points })}
        </Typography.Text>
      }
      data-testid={`exam-result-q-${item.position}`}
      data-correct={item.correct === null ? 'pending' : String(item.correct)}
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>{item.stem}</Typography.Paragraph>
      {item.options.length > 0 && (
        <Flex vertical gap={2} style={{ marginBottom: 8 }}>
          {item.options.map((o, i) => (
            <Typography.Text key={o.key} strong={chosen.has(o.key)} type={chosen.has(o.key) ? undefined : 'secondary'}>
              {optionLetter(i)}. {o.text}
            </Typography.Text>
          ))}
        </Flex>
      )}
      <Flex vertical gap={4}>
        <Typography.Text>
          <Typography.Text type="secondary">{t('theory.exam.result.given')}</Typography.Text>
          <span style={{ whiteSpace: 'pre-wrap' }}>{given || t('theory.exam.result.blank')}</span>
        </Typography.Text>
        {item.answer !== null && (
          <Typography.Text data-testid={`exam-result-q-${item.position}-answer`}>
            <Typography.Text type="secondary">{t('theory.exam.result.answer')}</Typography.Text>
            <span style={{ whiteSpace: 'pre-wrap' }}>{item.answer}</span>
          </Typography.Text>
        )}
        {item.note !== '' && (
          <Typography.Text data-testid={`exam-result-q-${item.position}-note`}>
            <Typography.Text type="secondary">{t('theory.exam.result.note')}</Typography.Text>
            <span style={{ whiteSpace: 'pre-wrap' }}>{item.note}</span>
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
