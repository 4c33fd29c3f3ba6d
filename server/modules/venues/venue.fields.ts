import type { FieldDeclaration, FieldValues } from '../../../contracts/activities/field-declaration';
import { fieldValuesSchema } from '../../../contracts/activities/field-values';
import type { Locale } from '../../../contracts/common/locale';
import { AppError } from '../../platform/http/app-error';
import { issueMessage } from '../../platform/http/validation-messages';

/** Validates a venue's kind-specific fields (holdings, seats, members) with the same rules and words as activity fields. */
export function checkVenueFields(fields: FieldDeclaration[], values: FieldValues, locale: Locale): FieldValues {
  const parsed = fieldValuesSchema(fields).safeParse(values);
  if (parsed.success) return parsed.data as FieldValues;
  const problems = parsed.error.issues.map((issue) => {
    const { code, path, message, ...params } = issue;
    return {
      path: `body.fields.${path.map(String).join('.')}`,
      message: issueMessage({ keyword: code, instancePath: `/${path.map(String).join('/')}`, message, params }, locale),
    };
  });
  throw new AppError('COMMON_VALIDATION', {}, problems);
}
