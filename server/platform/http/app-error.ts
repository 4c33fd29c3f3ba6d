import { ERRORS, type ErrorCode } from '../../../contracts/errors';

/** A field-level problem carried by a validation error. */
export interface FieldProblem {
  path: string;
  /** An error code, or a message already in the caller's language. */
  code?: ErrorCode;
  message?: string;
  params?: Record<string, unknown>;
}

/** The one error type services throw; the handler turns it into a status and a localized message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  readonly fields: FieldProblem[] | undefined;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, fields?: FieldProblem[]) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.fields = fields;
  }

  /** The HTTP status of this error's code. */
  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** Shorthand for a validation error on one field. */
export function fieldError(path: string, code: ErrorCode, params: Record<string, unknown> = {}): AppError {
  return new AppError(code, params, [{ path, code, params }]);
}
