import type { LectureRequestStatus } from '../../../../contracts/theory/lecture-request.schemas';

/** The tag colour of each state of a lecture request, the same in the list and in the drawer. */
export const LECTURE_STATUS_COLOR: Record<LectureRequestStatus, string> = {
  requested: 'orange',
  dispatched: 'blue',
  accepted: 'geekblue',
  delivered: 'green',
  rejected: 'red',
};
