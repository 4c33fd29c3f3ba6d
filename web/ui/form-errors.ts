import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Puts the server's field errors on the matching form fields. `fieldsByPath` maps a server path
 * without its `body.` prefix (e.g. `username`, `viewScope.0`) to a form field name; array members
 * fall back to their array's field. Returns whether any error found a field.
 */
export function applyFieldErrors<T>(form: FormInstance<T>, error: unknown, fieldsByPath: Partial<Record<string, Extract<keyof T, string>>>): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const messages = new Map<Extract<keyof T, string>, string[]>();
  for (const problem of error.fields) {
    const path = problem.path.replace(/^body\.?/, '');
    const field = fieldsByPath[path] ?? fieldsByPath[path.split('.')[0] ?? ''];
    if (!field) continue;
    messages.set(field, [...(messages.get(field) ?? []), problem.message]);
  }
  // Field names were checked against T above; antd cannot relate a generic T to its deep name paths.
  const untyped: FormInstance = form;
  untyped.setFields([...messages].map(([name, errors]) => ({ name, errors })));
  return messages.size > 0;
}
