import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_SOURCES, type MessageSource, mergeMessages } from './messages';

// Texts that show braces to the reader (the template grammar's own syntax) rather than fill them.
const LITERAL_BRACES = new Set(['reports.template.grammar']);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** Every problem of one source's two locales, each naming its key. */
function problemsOf(source: MessageSource): string[] {
  const zh = source.messages['zh-CN'];
  const en = source.messages.en;
  const out: string[] = [];
  for (const key of Object.keys(zh)) if (!(key in en)) out.push(`${source.name}: ${key} has no English`);
  for (const key of Object.keys(en)) if (!(key in zh)) out.push(`${source.name}: ${key} has no Chinese`);
  for (const key of Object.keys(zh)) {
    const a = placeholders(zh[key] ?? '');
    const b = placeholders(en[key] ?? '');
    if (key in en && !LITERAL_BRACES.has(key) && a.join() !== b.join())
      out.push(`${source.name}: ${key} fills {${a.join(', ')}} in Chinese but {${b.join(', ')}} in English`);
    // English may leave out what Chinese needs (the 年 after a year); the primary language never may.
    if ((zh[key] ?? '').trim() === '') out.push(`${source.name}: ${key} is empty in Chinese`);
  }
  return out;
}

/** The keys the shell (web/app) and the domain-free components (web/ui) translate by name. */
function shellKeys(): Set<string> {
  const web = join(import.meta.dirname, '..', '..');
  const keys = new Set<string>();
  for (const dir of ['app', 'ui']) {
    for (const file of readdirSync(join(web, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file) || file.startsWith('i18n') || file.includes('.test.')) continue;
      for (const m of readFileSync(join(web, dir, file), 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)) keys.add(m[1] ?? '');
    }
  }
  return keys;
}

describe('the dictionaries', () => {
  it('give every key of every module in both locales, with the same placeholders', () => {
    expect(MESSAGE_SOURCES.flatMap(problemsOf)).toEqual([]);
  });

  it('would name a key one locale lacks and a placeholder the other does not fill', () => {
    const broken: MessageSource = {
      name: 'sample',
      messages: { 'zh-CN': { 'sample.a': '共 {total} 条', 'sample.b': '乙' }, en: { 'sample.a': '{count} in all', 'sample.c': 'C' } },
    };
    expect(problemsOf(broken)).toEqual([
      'sample: sample.b has no English',
      'sample: sample.c has no Chinese',
      'sample: sample.a fills {total} in Chinese but {count} in English',
    ]);
  });

  it('keep each key in one module: a key defined twice is refused, naming both', () => {
    const a: MessageSource = { name: 'one', messages: { 'zh-CN': { 'x.key': '甲' }, en: { 'x.key': 'A' } } };
    const b: MessageSource = { name: 'two', messages: { 'zh-CN': { 'x.key': '乙' }, en: { 'x.key': 'B' } } };
    expect(() => mergeMessages([a, b])).toThrow('message key x.key is defined by both one and two');
    expect(() => mergeMessages(MESSAGE_SOURCES)).not.toThrow();
  });

  it('leave the words of the shell and of web/ui in the app dictionary, so no module is needed to show them', () => {
    const app = MESSAGE_SOURCES[0].messages['zh-CN'];
    expect([...shellKeys()].filter((key) => !(key in app))).toEqual([]);
  });

  it('live with their modules: each prefix belongs to one module, the shell aside where its own code uses the key', () => {
    const shell = shellKeys();
    const owners = new Map<string, Set<string>>();
    for (const s of MESSAGE_SOURCES) {
      for (const key of Object.keys(s.messages['zh-CN'])) {
        // The session notices of web/app/session and web/ui's org picker are shell words under identity's prefixes.
        if (s.name === 'app' && shell.has(key)) continue;
        // The inbox words a notice kind `<module>.<occasion>` as `notices.<module>.<occasion>`, so there the module is the second word.
        const parts = key.split('.');
        const prefix = parts[0] === 'notices' ? parts.slice(0, 2).join('.') : (parts[0] ?? key);
        owners.set(prefix, (owners.get(prefix) ?? new Set()).add(s.name));
      }
    }
    const shared = [...owners].filter(([, names]) => names.size > 1).map(([prefix]) => prefix);
    expect(shared).toEqual([]);
  });
});
