import type { AttemptStatus, CandidateState } from '../../../../contracts/theory/exam.schemas';
import type { Difficulty } from '../../../../contracts/theory/question.schemas';
import type { ExamPhase } from './exam-form';

/** One tag colour per difficulty, so the bank and the item analysis read alike. */
export const DIFFICULTY_COLOR: Record<Difficulty, string> = { easy: 'green', medium: 'blue', hard: 'volcano' };

/** One tag colour per exam phase on the organisers' list. */
export const PHASE_COLOR: Record<ExamPhase, string> = { withdrawn: 'default', upcoming: 'cyan', open: 'processing', closed: 'default' };

/** One tag colour per candidate state on the candidate's own list. */
export const CANDIDATE_STATE_COLOR: Record<CandidateState, string> = {
  upcoming: 'cyan',
  open: 'blue',
  in_progress: 'orange',
  done: 'green',
  missed: 'default',
};

/** One tag colour per attempt status. */
export const ATTEMPT_STATUS_COLOR: Record<AttemptStatus, string> = { in_progress: 'orange', awaiting_marking: 'gold', marked: 'green' };
