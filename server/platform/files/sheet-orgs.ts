/** An org a sheet may name: one the importer may record for. */
export interface EntryOrg {
  id: number;
  name: string;
  code: string | null;
}

/** How an org is written in a sheet: its name and, in full-width brackets, its code (or its id when it has none). */
export function orgCell(o: EntryOrg): string {
  return `${o.name}（${o.code ?? `ID${o.id}`}）`;
}

/** Finds the org a cell names: by the code (or ID) in its brackets, else by a unique exact name. */
export function orgResolver(orgs: EntryOrg[]): (text: string) => EntryOrg | 'ambiguous' | undefined {
  const byKey = new Map<string, EntryOrg>();
  const byName = new Map<string, EntryOrg[]>();
  for (const o of orgs) {
    if (o.code) byKey.set(o.code, o);
    byKey.set(`ID${o.id}`, o);
    byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  }
  return (text) => {
    const bracket = /[（(]\s*([0-9A-Za-z]+)\s*[)）]\s*$/.exec(text);
    if (bracket?.[1]) return byKey.get(bracket[1].toUpperCase()) ?? byKey.get(bracket[1]);
    const named = byName.get(text.trim());
    if (!named) return byKey.get(text.trim());
    return named.length === 1 ? named[0] : 'ambiguous';
  };
}
