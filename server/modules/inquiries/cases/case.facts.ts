import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database';
import { writeFacts } from '../../stats';

/** The spine's measures of the inquiry loop. */
export const INQUIRY_MEASURES = {
  received: 'inquiries_received',
  dispatched: 'inquiries_dispatched',
  signed: 'inquiries_signed',
  replied: 'inquiries_replied',
  repliedOnTime: 'inquiries_replied_on_time',
  closed: 'inquiries_closed',
  ratings: 'inquiry_ratings',
  satisfied: 'inquiry_ratings_satisfied',
  redos: 'inquiry_redos',
} as const;

/** A measure of the loop. */
export type InquiryMeasure = keyof typeof INQUIRY_MEASURES;

// A case counts once in these however often it is re-routed or redone; ratings and redos count every round.
const ONCE: ReadonlySet<InquiryMeasure> = new Set(['received', 'dispatched', 'signed', 'replied', 'repliedOnTime', 'closed']);

/**
 * Writes the figures of one step, for the place the case is about, on the step's day, in the step's transaction; a
 * once-only measure the case already counted is skipped, and the case remembers what it counted.
 */
export async function writeCaseFacts(
  tx: Transaction<Database>,
  c: { id: number; orgId: number; counted: string[] },
  day: string,
  values: Partial<Record<InquiryMeasure, number>>,
  round = 0,
): Promise<string[]> {
  const counted = new Set(c.counted);
  const facts = Object.entries(values)
    .filter(([key]) => !(ONCE.has(key as InquiryMeasure) && counted.has(key)))
    .map(([key, value]) => {
      if (ONCE.has(key as InquiryMeasure)) counted.add(key);
      return {
        sourceModule: 'inquiries',
        sourceType: 'inquiry',
        sourceId: ONCE.has(key as InquiryMeasure) || round === 0 ? String(c.id) : `${c.id}.${round}`,
        orgId: c.orgId,
        factDate: day,
        measure: INQUIRY_MEASURES[key as InquiryMeasure],
        value: value ?? 0,
      };
    });
  await writeFacts(tx, facts);
  const next = [...counted];
  if (next.length !== c.counted.length) await tx.updateTable('inquiries').set({ counted: next }).where('id', '=', c.id).execute();
  return next;
}
