import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, type FormInstance, Input, Radio, Typography } from 'antd';
import type { QuestionKind } from '../../../../../contracts/theory/question.schemas';
import { useT } from '../../../../app/i18n/useT';
import { blankCount, isChoice, mayAddOption, optionLetter, type QuestionFormValues, withoutOption } from '../question-form';

/** The options of a choice question, A to H: add at the end, remove any but the last two (answers follow the letters). */
function OptionsEditor({ form, disabled }: { form: FormInstance<QuestionFormValues>; disabled: boolean }) {
  const t = useT();
  const remove = (index: number) => {
    const v = form.getFieldsValue(true) as QuestionFormValues;
    form.setFieldsValue(withoutOption(v, index));
  };
  return (
    <Form.Item label={t('theory.question.options')} required>
      <Form.List name="options">
        {(fields, { add }) => (
          <Flex vertical gap={0}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start">
                <Typography.Text strong style={{ width: 18, lineHeight: '32px' }}>
                  {optionLetter(index)}
                </Typography.Text>
                <Form.Item
                  name={field.name}
                  rules={[{ required: true, whitespace: true, message: t('theory.question.optionRequired') }, { max: 300 }]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <Input data-testid={`question-option-${index}`} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('theory.question.optionRemove')}
                  disabled={disabled || fields.length <= 2}
                  onClick={() => remove(index)}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              type="dashed"
              disabled={disabled || !mayAddOption(fields)}
              onClick={() => add('')}
              style={{ alignSelf: 'flex-start' }}
              data-testid="question-option-add"
            >
              {t('theory.question.optionAdd')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** The right answer of a choice question, by the letters of its current options. */
function ChoiceAnswer({ kind, options }: { kind: 'single' | 'multiple'; options: readonly string[] }) {
  const t = useT();
  const letters = options.map((text, i) => ({ value: i, label: `${optionLetter(i)}${text ? `. ${text}` : ''}` }));
  if (kind === 'single') {
    return (
      <Form.Item name="single" label={t('theory.question.answer')} rules={[{ required: true, message: t('theory.question.answerRequired') }]}>
        <Radio.Group data-testid="question-answer-single">
          <Flex vertical gap={4}>
            {letters.map((o) => (
              <Radio key={o.value} value={o.value} data-testid={`question-answer-${o.value}`}>
                {o.label}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
    );
  }
  return (
    <Form.Item
      name="multiple"
      label={t('theory.question.answer')}
      required
      rules={[
        {
          validator: (_, v: number[] | undefined) =>
            (v?.length ?? 0) >= 2 ? Promise.resolve() : Promise.reject(new Error(t('theory.question.answerMultiple'))),
        },
      ]}
    >
      <Checkbox.Group data-testid="question-answer-multiple">
        <Flex vertical gap={4}>
          {letters.map((o) => (
            <Checkbox key={o.value} value={o.value} data-testid={`question-answer-${o.value}`}>
              {o.label}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
    </Form.Item>
  );
}

/** Each blank's accepted words: one field per blank the stem leaves, alternatives separated by commas or 、. */
function BlankAnswers({ count }: { count: number }) {
  const t = useT();
  if (count === 0) return <Alert type="warning" showIcon title={t('theory.question.noBlanks')} style={{ marginBottom: 16 }} />;
  return (
    <Form.Item label={t('theory.question.answer')} required extra={t('theory.question.blankHelp')}>
      {Array.from({ length: count }, (_, i) => (
        <Form.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: a blank is known only by its place in the stem.
          key={i}
          name={['blanks', i]}
          rules={[{ required: true, whitespace: true, message: t('theory.question.blankRequired', { n: i + 1 }) }, { max: 500 }]}
          style={{ marginBottom: 8 }}
        >
          <Input
            prefix={<Typography.Text type="secondary">{t('theory.question.blankNo', { n: i + 1 })}</Typography.Text>}
            data-testid={`question-blank-${i}`}
          />
        </Form.Item>
      ))}
    </Form.Item>
  );
}

/** The part of the question drawer that follows the kind: options and the right answer, or the blanks, or the reference and rubric. */
export function QuestionAnswerFields({ form, kind, disabled }: { form: FormInstance<QuestionFormValues>; kind: QuestionKind; disabled: boolean }) {
  const t = useT();
  const options = Form.useWatch('options', form) ?? [];
  const stem = Form.useWatch('stem', form) ?? '';
  if (isChoice(kind)) {
    return (
      <>
        <OptionsEditor form={form} disabled={disabled} />
        <ChoiceAnswer kind={kind === 'single' ? 'single' : 'multiple'} options={options} />
      </>
    );
  }
  if (kind === 'true_false') {
    return (
      <Form.Item name="truth" label={t('theory.question.answer')} rules={[{ required: true, message: t('theory.question.answerRequired') }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('theory.question.truth.true') },
            { value: false, label: t('theory.question.truth.false') },
          ]}
          data-testid="question-answer-truth"
        />
      </Form.Item>
    );
  }
  if (kind === 'fill') return <BlankAnswers count={blankCount(stem)} />;
  return (
    <>
      <Form.Item name="reference" label={t('theory.question.reference')} rules={[{ required: true, whitespace: true }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} data-testid="question-reference" />
      </Form.Item>
      <Form.Item name="rubric" label={t('theory.question.rubric')} extra={t('theory.question.rubricHelp')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="question-rubric" />
      </Form.Item>
    </>
  );
}
