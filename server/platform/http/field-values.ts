import type { FieldDeclaration, FieldValues } from '../../../contracts/activities/field-declaration';
import { fieldValuesSchema } from '../../../contracts/activities/field-values';
import type { Locale } from '../../../contracts/common/locale';
import { AppError } from './app-error';
import { issueMessage } from './validation-messages';

/**
 * Validates declared field values (an activity type's, a venue kind's); the declarations live in the database, so this runs in the
 * service rather than the route schema, and answers like a schema error: COMMON_VALIDATION naming each field.
 */
export function checkFieldValues(fields: FieldDeclaration[], values: FieldValues, locale: Locale): FieldValues {
  const parsed = fieldValuesSchema(fields).safeParse(values);
  if (parsed.success) return parsed.data as FieldValues;
  const problems = parsed.error.issues.map((issue) => {
    const { code, path, message, ...params } = issue;
    const inner = path.map(String).join('.');
    return {
      path: inner ? `body.fields.${inner}` : 'body.fields',
      message: issueMessage({ keyword: code, instancePath: `/${path.map(String).join('/')}`, message, params }, locale),
    };
  });
  throw new AppError('COMMON_VALIDATION', {}, problems);
}
