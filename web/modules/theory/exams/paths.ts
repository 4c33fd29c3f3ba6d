/** Where a candidate finds their exams. */
export const MY_EXAMS_PATH = '/my/exams';

/** The route of the page an attempt is taken and its result read on, outside the staff frame. */
export const ATTEMPT_ROUTE = '/my/exams/attempt/:id';

/** The address of one attempt's page. */
export function attemptPath(attemptId: number): string {
  return `/my/exams/attempt/${attemptId}`;
}
