/**
 * Takes personal data out of a text the public reads: mobile and landline numbers, ID numbers, and the resident's own
 * name where they wrote it.
 */
export function redactPersonal(text: string, name: string | null): string {
  let out = text
    .replace(/\d{17}[\dXx]|\d{15}/g, (m) => `${m.slice(0, 4)}${'*'.repeat(m.length - 8)}${m.slice(-4)}`)
    .replace(/1[3-9]\d{9}/g, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`)
    .replace(/0\d{2,3}-?\d{7,8}/g, '****');
  if (name && name.trim().length > 0) out = out.split(name.trim()).join(`${name.trim().slice(0, 1)}**`);
  return out;
}
