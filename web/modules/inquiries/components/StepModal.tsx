import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import type { InquiryDetail, InquiryRating } from '../../../../contracts/inquiries';
import { inquiriesApi, type InquiryStep } from '../../../api/inquiries';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { localName, STEP_DONE_KEYS, STEP_KEYS } from './labels';
import { RatingChoice } from './RatingChoice';
import { useCategories, useTimeLimits } from './useInquiryChoices';
import { useInquiryUpdate } from './useInquiryUpdate';

interface StepValues {
  handlerOrgId?: number;
  categoryId?: number;
  note?: string;
  reason?: string;
  reply?: string;
  rating?: InquiryRating;
  comment?: string;
  days?: number;
}

const FIELD_PATHS = {
  handlerOrgId: 'handlerOrgId',
  categoryId: 'categoryId',
  note: 'note',
  reason: 'reason',
  reply: 'reply',
  rating: 'rating',
  comment: 'comment',
  days: 'days',
} as const;

function send(c: InquiryDetail, step: InquiryStep, v: StepValues) {
  switch (step) {
    case 'dispatch':
      return inquiriesApi.step(c.id, step, { ...(v.handlerOrgId ? { handlerOrgId: v.handlerOrgId } : {}), note: v.note ?? '' });
    case 'reject':
      return inquiriesApi.step(c.id, step, { reason: v.reason ?? '' });
    case 'reroute':
      return inquiriesApi.step(c.id, step, { handlerOrgId: v.handlerOrgId ?? 0, reason: v.reason ?? '' });
    case 'recategorise':
      return inquiriesApi.step(c.id, step, { categoryId: v.categoryId ?? 0, reason: v.reason ?? '' });
    case 'reply':
      return inquiriesApi.step(c.id, step, { reply: v.reply ?? '' });
    case 'return':
    case 'supervise':
    case 'redo':
      return inquiriesApi.step(c.id, step, { note: v.note ?? '' });
    case 'follow-up':
      return inquiriesApi.step(c.id, step, { rating: v.rating ?? 'satisfied', comment: v.comment ?? '' });
    case 'extensions':
      return inquiriesApi.step(c.id, step, { days: v.days ?? 1, reason: v.reason ?? '' });
    case 'sign':
    case 'close':
      return inquiriesApi.step(c.id, step, undefined);
  }
}

const NOTE_RULES = [{ required: true, whitespace: true, min: 2, max: 300 }];

/** The fields of one step: whom to send to, which category, the reason or note, the answer, the follow-up rating, the days asked. */
function StepFields({ c, step }: { c: InquiryDetail; step: InquiryStep }) {
  const t = useT();
  const { locale } = useLocale();
  const categories = useCategories();
  const limits = useTimeLimits();
  if (step === 'sign') return <Typography.Paragraph>{t('inquiries.stepForm.signConfirm')}</Typography.Paragraph>;
  if (step === 'close') return <Typography.Paragraph>{t('inquiries.stepForm.closeConfirm')}</Typography.Paragraph>;
  if (step === 'dispatch') {
    return (
      <>
        <Form.Item
          name="handlerOrgId"
          label={t('inquiries.field.handler')}
          extra={c.suggestedHandler ? t('inquiries.stepForm.suggested', { name: c.suggestedHandler.name }) : t('inquiries.stepForm.noSuggestion')}
          rules={[{ required: c.suggestedHandler === null, message: t('inquiries.stepForm.handlerRequired') }]}
        >
          <OrgTreeSelect knownOrgs={c.suggestedHandler ? [c.suggestedHandler] : undefined} data-testid="inquiry-step-handler" />
        </Form.Item>
        <Form.Item name="note" label={t('inquiries.stepForm.note')} rules={[{ max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="inquiry-step-note" />
        </Form.Item>
      </>
    );
  }
  if (step === 'reroute') {
    return (
      <>
        <Form.Item
          name="handlerOrgId"
          label={t('inquiries.stepForm.newHandler')}
          extra={c.handler ? t('inquiries.stepForm.currentHandler', { name: c.handler.name }) : undefined}
          rules={[{ required: true }]}
        >
          <OrgTreeSelect data-testid="inquiry-step-handler" />
        </Form.Item>
        <Form.Item name="reason" label={t('inquiries.stepForm.reason')} rules={NOTE_RULES}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="inquiry-step-reason" />
        </Form.Item>
      </>
    );
  }
  if (step === 'recategorise') {
    return (
      <>
        <Form.Item name="categoryId" label={t('inquiries.stepForm.newCategory')} extra={t('inquiries.stepForm.categoryHelp')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={categories.isFetching}
            options={(categories.data ?? [])
              .filter((x) => x.active && x.id !== c.category.id)
              .map((x) => ({ value: x.id, label: `${localName(x, locale)} · ${t(`inquiries.kind.${x.kind}`)}` }))}
            data-testid="inquiry-step-category"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('inquiries.stepForm.reason')} rules={NOTE_RULES}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="inquiry-step-reason" />
        </Form.Item>
      </>
    );
  }
  if (step === 'reject') {
    return (
      <Form.Item name="reason" label={t('inquiries.stepForm.rejectReason')} extra={t('inquiries.stepForm.rejectHelp')} rules={NOTE_RULES}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="inquiry-step-reason" />
      </Form.Item>
    );
  }
  if (step === 'reply') {
    return (
      <Form.Item
        name="reply"
        label={t('inquiries.field.reply')}
        extra={t('inquiries.stepForm.replyHelp')}
        rules={[{ required: true, whitespace: true, min: 5, max: 2000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 12 }} maxLength={2000} showCount data-testid="inquiry-reply-text" />
      </Form.Item>
    );
  }
  if (step === 'follow-up') {
    return (
      <>
        <Form.Item name="rating" label={t('inquiries.field.rating')} extra={t('inquiries.stepForm.followUpHelp')} rules={[{ required: true }]}>
          <RatingChoice testId="inquiry-rate" />
        </Form.Item>
        <Form.Item name="comment" label={t('inquiries.stepForm.comment')} rules={[{ max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="inquiry-step-comment" />
        </Form.Item>
      </>
    );
  }
  if (step === 'extensions') {
    const limit = limits.data?.find((l) => l.kind === c.kind);
    const left = limit ? Math.max(0, limit.maxExtensionDays - c.extendedDays) : 60;
    return (
      <>
        <Form.Item
          name="days"
          label={t('inquiries.stepForm.days')}
          extra={limit ? t('inquiries.stepForm.daysHelp', { max: limit.maxExtensionDays, used: c.extendedDays }) : undefined}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={Math.max(1, left)} precision={0} style={{ width: 140 }} data-testid="inquiry-step-days" />
        </Form.Item>
        <Form.Item name="reason" label={t('inquiries.stepForm.reason')} rules={NOTE_RULES}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="inquiry-step-reason" />
        </Form.Item>
      </>
    );
  }
  const help = step === 'return' ? 'inquiries.stepForm.returnHelp' : step === 'redo' ? 'inquiries.stepForm.redoHelp' : 'inquiries.stepForm.superviseHelp';
  return (
    <Form.Item name="note" label={t('inquiries.stepForm.note')} extra={t(help)} rules={NOTE_RULES}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="inquiry-step-note" />
    </Form.Item>
  );
}

/** One step on a case in a modal: its fields, the server's refusal in the user's words, and the drawer redrawn from the answer. */
export function StepModal({ c, step, onClose }: { c: InquiryDetail; step: InquiryStep; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const done = useInquiryUpdate();
  const [form] = Form.useForm<StepValues>();
  const run = useMutation({
    mutationFn: (v: StepValues) => send(c, step, v),
    onSuccess: (detail) => {
      done(detail, t(STEP_DONE_KEYS[step]));
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  const danger = step === 'reject';
  return (
    <Modal
      open
      destroyOnHidden
      width={560}
      title={`${t(STEP_KEYS[step])} · ${c.caseNo}`}
      onCancel={onClose}
      data-testid="inquiry-step-modal"
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" danger={danger} loading={run.isPending} onClick={() => form.submit()} data-testid="inquiry-step-submit">
            {t(STEP_KEYS[step])}
          </Button>
        </Space>
      }
    >
      {run.isError && <Alert type="error" showIcon title={errorText(run.error)} style={{ marginBottom: 12 }} />}
      <Form<StepValues>
        form={form}
        layout="vertical"
        initialValues={{ handlerOrgId: step === 'dispatch' ? (c.suggestedHandler?.id ?? undefined) : undefined, days: 1 }}
        onFinish={(v) => run.mutate(v)}
      >
        <StepFields c={c} step={step} />
      </Form>
    </Modal>
  );
}
