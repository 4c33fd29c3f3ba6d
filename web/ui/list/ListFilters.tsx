import { Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/useT';
import { OrgTreeSelect } from '../OrgTreeSelect';
import type { ListState } from './useListState';

type KeyOf<F, V> = { [K in keyof F]-?: NonNullable<F[K]> extends V ? K : never }[keyof F] & string;

/** One control of a list's filter bar, declared as data so every list filters alike. */
export type FilterField<F> =
  | { kind: 'org'; key: KeyOf<F, number>; label: string; knownOrgs?: readonly { id: number; name: string }[] }
  | { kind: 'select'; key: KeyOf<F, string>; label: string; options: { value: string; label: string }[]; width?: number }
  /** Free text applied on Enter or the search button; `toFilters` turns the text into filter values. */
  | { kind: 'search'; name: string; placeholder: string; toFilters: (text: string) => Partial<F>; width?: number; testId?: string }
  /** A control of the page's own (a team picker, say). */
  | { kind: 'custom'; name: string; label?: string; render: () => ReactNode };

/** The text filter every list has: trimmed, and empty meaning no filter. */
export function textFilter<F>(key: KeyOf<F, string>): (text: string) => Partial<F> {
  return (text) => ({ [key]: text.trim() || undefined }) as Partial<F>;
}

/** Renders declared filter fields; each change goes through the list state, so the list returns to page 1. */
export function ListFilters<F extends object>({ fields, state }: { fields: FilterField<F>[]; state: ListState<F> }) {
  const t = useT();
  const { filters, apply } = state;
  const set = (patch: Partial<F>) => apply({ ...filters, ...patch });
  return (
    <>
      {fields.map((f) => {
        if (f.kind === 'org') {
          return (
            <Form.Item key={f.key} label={f.label} style={{ minWidth: 240 }}>
              <OrgTreeSelect
                value={filters[f.key as keyof F] as number | undefined}
                knownOrgs={f.knownOrgs}
                onChange={(v) => set({ [f.key]: v } as Partial<F>)}
              />
            </Form.Item>
          );
        }
        if (f.kind === 'select') {
          return (
            <Form.Item key={f.key} label={f.label}>
              <Select
                allowClear
                style={{ width: f.width ?? 120 }}
                placeholder={t('common.all')}
                value={filters[f.key as keyof F] as string | undefined}
                options={f.options}
                onChange={(v?: string) => set({ [f.key]: v } as Partial<F>)}
              />
            </Form.Item>
          );
        }
        if (f.kind === 'search') {
          return (
            <Form.Item key={f.name}>
              <Input.Search
                allowClear
                placeholder={f.placeholder}
                onSearch={(text) => set(f.toFilters(text))}
                style={{ width: f.width ?? 220 }}
                autoComplete="off"
                data-testid={f.testId}
              />
            </Form.Item>
          );
        }
        return (
          <Form.Item key={f.name} label={f.label}>
            {f.render()}
          </Form.Item>
        );
      })}
    </>
  );
}
