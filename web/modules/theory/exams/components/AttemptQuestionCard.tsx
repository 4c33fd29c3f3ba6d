import { CheckOutlined } from '@ant-design/icons';
import { Card, Checkbox, Flex, Input, Radio, Tag, Typography } from 'antd';
import { memo } from 'react';
import type { AttemptItem, Response as ExamResponse } from '../../../../../contracts/theory/exam.schemas';
import { useT } from '../../../../app/i18n/useT';
import { emptyResponse, isAnswered } from '../attempt-answers';
import { optionLetter } from '../question-form';

// A click is an answer at once; typing waits for a pause so every keystroke is not a request.
const CLICK_DELAY_MS = 300;
const TYPING_DELAY_MS = 1500;

/** Big, stacked choices: a phone's thumb hits the whole row, not only the circle. */
const CHOICE_STYLE = { width: '100%', padding: '8px 10px', border: '1px solid #f0f0f0', borderRadius: 6, marginInlineEnd: 0, fontSize: 15 } as const;

interface Props {
  item: AttemptItem;
  response: ExamResponse | null;
  onChange: (position: number, response: ExamResponse, delayMs: number) => void;
}

function Answer({ item, response, onChange }: Props) {
  const t = useT();
  const p = item.position;
  const current = response ?? emptyResponse(item);
  const id = `exam-q-${p}`;
  if (current.kind === 'single') {
    return (
      <Radio.Group
        value={current.option}
        onChange={(e) => onChange(p, { kind: 'single', option: e.target.value as number }, CLICK_DELAY_MS)}
        style={{ width: '100%' }}
      >
        <Flex vertical gap={8}>
          {item.options.map((o, i) => (
            <Radio key={o.key} value={o.key} style={CHOICE_STYLE} data-testid={`${id}-opt-${o.key}`}>
              {optionLetter(i)}. {o.text}
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    );
  }
  if (current.kind === 'multiple') {
    return (
      <Checkbox.Group
        value={current.options}
        onChange={(keys) => onChange(p, { kind: 'multiple', options: [...keys].sort((a, b) => a - b) }, CLICK_DELAY_MS)}
        style={{ width: '100%' }}
      >
        <Flex vertical gap={8} style={{ width: '100%' }}>
          {item.options.map((o, i) => (
            <Checkbox key={o.key} value={o.key} style={CHOICE_STYLE} data-testid={`${id}-opt-${o.key}`}>
              {optionLetter(i)}. {o.text}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
    );
  }
  if (current.kind === 'true_false') {
    return (
      <Radio.Group
        value={current.value}
        onChange={(e) => onChange(p, { kind: 'true_false', value: e.target.value as boolean }, CLICK_DELAY_MS)}
        style={{ width: '100%' }}
      >
        <Flex gap={8}>
          {[true, false].map((value) => (
            <Radio key={String(value)} value={value} style={{ ...CHOICE_STYLE, flex: 1 }} data-testid={`${id}-truth-${value}`}>
              {t(value ? 'theory.question.truth.true' : 'theory.question.truth.false')}
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    );
  }
  if (current.kind === 'fill') {
    const blanks = Array.from({ length: item.blanks }, (_, i) => current.blanks[i] ?? '');
    return (
      <Flex vertical gap={8}>
        {blanks.map((text, i) => (
          <Input
            // biome-ignore lint/suspicious/noArrayIndexKey: a blank is known only by its place in the stem.
            key={i}
            value={text}
            maxLength={200}
            size="large"
            prefix={<Typography.Text type="secondary">{t('theory.question.blankNo', { n: i + 1 })}</Typography.Text>}
            onChange={(e) => onChange(p, { kind: 'fill', blanks: blanks.map((b, j) => (j === i ? e.target.value : b)) }, TYPING_DELAY_MS)}
            autoComplete="off"
            data-testid={`${id}-blank-${i}`}
          />
        ))}
      </Flex>
    );
  }
  return (
    <Input.TextArea
      value={current.text}
      maxLength={5000}
      showCount
      autoSize={{ minRows: 4, maxRows: 14 }}
      placeholder={t('theory.exam.take.shortPlaceholder')}
      onChange={(e) => onChange(p, { kind: 'short', text: e.target.value }, TYPING_DELAY_MS)}
      data-testid={`${id}-text`}
    />
  );
}

/** One question of an attempt being taken, numbered by its position, with the input its kind asks for. */
export const AttemptQuestionCard = memo(function AttemptQuestionCard({ item, response, onChange }: Props) {
  const t = useT();
  return (
    <Card
      size="small"
      id={`exam-q-${item.position}`}
      data-testid={`exam-q-${item.position}`}
      data-answered={isAnswered(response)}
      style={{ scrollMarginTop: 72 }}
      title={
        <Flex gap={6} align="center" wrap>
          <span>{t('theory.exam.take.questionNo', { n: item.position })}</span>
          <Tag>{t(`theory.question.kind.${item.kind}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('theory.exam.take.points', { points: item.points })}
          </Typography.Text>
        </Flex>
      }
      extra={isAnswered(response) ? <CheckOutlined style={{ color: '#389e0d' }} aria-label={t('theory.exam.take.answered')} /> : null}
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 16 }}>{item.stem}</Typography.Paragraph>
      <Answer item={item} response={response} onChange={onChange} />
    </Card>
  );
});
