import { Button, Flex } from 'antd';
import { useState } from 'react';
import type { InquiryDetail } from '../../../../contracts/inquiries';
import type { InquiryStep } from '../../../api/inquiries';
import { useT } from '../../../app/i18n/useT';
import { STEP_KEYS } from './labels';
import { StepModal } from './StepModal';

// The steps that move a case on, and so are drawn as primary buttons.
const PRIMARY: ReadonlySet<InquiryStep> = new Set(['dispatch', 'sign', 'reply', 'close']);

/**
 * The steps the case's status allows and the caller's part opens: the dispatcher's (派单, 不予受理, 改派, 调整类别, 退回, 督办,
 * 办结, 回访, 重办) and the responsible unit's (签收, 答复, 延期申请). The server has the last word; these are what it would take.
 */
export function stepsOpen(c: InquiryDetail): InquiryStep[] {
  const out: InquiryStep[] = [];
  const pendingExtension = c.extensions.some((x) => x.status === 'pending');
  if (c.can.handle) {
    if (c.status === 'dispatched') out.push('sign');
    if (c.status === 'signed') out.push('reply');
    if ((c.status === 'dispatched' || c.status === 'signed') && !pendingExtension) out.push('extensions');
  }
  if (c.can.dispatch) {
    if (c.status === 'received') out.push('dispatch', 'reject');
    if (c.status === 'dispatched' || c.status === 'signed') out.push('reroute');
    if (c.status === 'received' || c.status === 'dispatched' || c.status === 'signed') out.push('recategorise');
    if (c.status === 'replied') out.push('return');
    if (c.status === 'dispatched' || c.status === 'signed' || c.status === 'replied') out.push('supervise');
    if (c.status === 'closed' && c.rating === null) out.push('follow-up');
    if (c.status === 'closed' && c.rating === 'unsatisfied') out.push('redo');
  }
  if (c.can.close && c.status === 'replied') out.unshift('close');
  return out;
}

/** The buttons of the steps open on a case, each opening its form. */
export function InquiryActions({ c }: { c: InquiryDetail }) {
  const t = useT();
  const [step, setStep] = useState<InquiryStep | null>(null);
  const steps = stepsOpen(c);
  if (steps.length === 0) return null;
  return (
    <>
      <Flex gap={8} wrap data-testid="inquiry-actions">
        {steps.map((s) => (
          <Button key={s} type={PRIMARY.has(s) ? 'primary' : 'default'} danger={s === 'reject'} onClick={() => setStep(s)} data-testid={`inquiry-action-${s}`}>
            {t(STEP_KEYS[s])}
          </Button>
        ))}
      </Flex>
      {step && <StepModal c={c} step={step} onClose={() => setStep(null)} />}
    </>
  );
}
