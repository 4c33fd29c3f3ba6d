/** The two formats GeoReport v2 answers in, chosen by the path's extension. */
export type Open311Format = 'json' | 'xml';

// The element name of one item of each list, as the GeoReport v2 XML examples write them.
const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
};

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}></${name}>`;
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Writes a GeoReport answer as XML: a list under its root element, or one object (a service definition) as the root. */
export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>${element(root, value)}`;
}

/** Splits `requests.json` into its name and format; undefined when the extension is neither. */
export function splitFormat(file: string): { name: string; format: Open311Format } | undefined {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  if (!m) return undefined;
  return { name: m[1] ?? '', format: m[2] as Open311Format };
}

/** GeoReport's datetime: W3C (ISO 8601) in UTC, which every client reads whatever its zone. */
export function w3cDateTime(at: Date | string): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
