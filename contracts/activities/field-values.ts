import { z } from 'zod';
import type { FieldDeclaration } from './field-declaration';

function valueSchema(f: FieldDeclaration): z.ZodType {
  switch (f.type) {
    case 'text':
      return z
        .string()
        .trim()
        .min(1)
        .max(f.maxLength ?? 200);
    case 'longtext':
      return z
        .string()
        .trim()
        .min(1)
        .max(f.maxLength ?? 5000);
    case 'integer': {
      let s = z.number().int();
      s = s.min(f.min ?? 0);
      if (f.max !== undefined) s = s.max(f.max);
      return s;
    }
    case 'number': {
      let s = z.number();
      s = s.min(f.min ?? 0);
      if (f.max !== undefined) s = s.max(f.max);
      return s;
    }
    case 'date':
      return z.iso.date();
    case 'boolean':
      return z.boolean();
    case 'select':
      return z.enum((f.options ?? []).map((o) => o.value) as [string, ...string[]]);
    case 'reference':
      return z.number().int().positive();
    case 'multiselect':
      return z.array(z.enum((f.options ?? []).map((o) => o.value) as [string, ...string[]])).max(50);
  }
}

/** The zod schema of a record's typed field values under a type's declarations; unknown keys are refused. */
export function fieldValuesSchema(fields: FieldDeclaration[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[f.key] = f.required ? valueSchema(f) : valueSchema(f).nullable().optional();
  return z.strictObject(shape);
}
