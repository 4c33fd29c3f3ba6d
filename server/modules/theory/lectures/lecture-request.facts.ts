import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database';
import { writeFacts } from '../../stats';

/** The spine's measures of the lecture-request loop; satisfaction is the ratio of the rating sum to the ratings. */
export const LECTURE_REQUEST_MEASURES = {
  requests: 'lecture_requests',
  served: 'lecture_requests_served',
  ratings: 'lecture_request_ratings',
  ratingSum: 'lecture_request_rating_sum',
} as const;

type Measure = keyof typeof LECTURE_REQUEST_MEASURES;

/** Writes the figures of one step of a request, for the place it was ordered for, on the step's day, in the step's transaction. */
export async function writeLectureRequestFacts(
  tx: Transaction<Database>,
  request: { id: number; orgId: number },
  day: string,
  values: Partial<Record<Measure, number>>,
): Promise<void> {
  await writeFacts(
    tx,
    Object.entries(values).map(([key, value]) => ({
      sourceModule: 'theory',
      sourceType: 'lecture_request',
      sourceId: String(request.id),
      orgId: request.orgId,
      factDate: day,
      measure: LECTURE_REQUEST_MEASURES[key as Measure],
      value: value ?? 0,
    })),
  );
}
