import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffEvidence } from './sniff';
import { LocalDiskStorage } from './storage';

describe('local disk storage', () => {
  it('stores, reads back and removes bytes under generated keys', async () => {
    const storage = new LocalDiskStorage(mkdtempSync(join(tmpdir(), 'xw-files-')));
    const { key, sha256 } = await storage.put(Buffer.from('%PDF-1.7 evidence'), 'pdf');
    expect(key).toMatch(/^\d{6}\/[0-9a-f-]{36}\.pdf$/);
    expect(sha256).toHaveLength(64);
    expect((await storage.get(key)).toString()).toBe('%PDF-1.7 evidence');
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toThrow();
  });
  it('refuses keys that try to leave the folder', async () => {
    const storage = new LocalDiskStorage(mkdtempSync(join(tmpdir(), 'xw-files-')));
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/bad storage key/);
  });
});

describe('evidence sniffing', () => {
  it('recognises JPEG, PNG and PDF by content, not by name', () => {
    expect(sniffEvidence(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe('image/jpeg');
    expect(sniffEvidence(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mime).toBe('image/png');
    expect(sniffEvidence(Buffer.from('%PDF-1.4'))?.mime).toBe('application/pdf');
    expect(sniffEvidence(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffEvidence(Buffer.from('<svg onload=alert(1)>'))).toBeNull();
  });
});
