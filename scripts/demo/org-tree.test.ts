import { describe, expect, it } from 'vitest';
import { checkOrgCode, isValidUscc, townshipKindOf, villageKindOf } from '../../contracts/identity/org-code';
import { DEMO_CITY_KEY, demoOrgTree } from './org-tree';

const tree = demoOrgTree();
const byKey = new Map(tree.map((n) => [n.key, n]));
const regions = (level: string) => tree.filter((n) => n.kind === 'region' && n.level === level);

describe('the demo city 淇川市', () => {
  it('has 1 city, 12 counties, 154 townships and 3,627 villages', () => {
    expect(regions('city').map((n) => [n.code, n.name])).toEqual([['419900', '淇川市']]);
    expect(regions('county')).toHaveLength(12);
    expect(regions('township')).toHaveLength(154);
    expect(regions('village')).toHaveLength(3627);
  });

  it('has 5 districts, 5 counties and 2 county-level cities with the planned codes', () => {
    const codes = regions('county').map((n) => n.code);
    expect(codes).toEqual(['419902', '419903', '419904', '419905', '419906', '419921', '419922', '419923', '419924', '419925', '419981', '419982']);
    const names = regions('county').map((n) => n.name.slice(-1));
    expect(names).toEqual(['区', '区', '区', '区', '区', '县', '县', '县', '县', '县', '市', '市']);
  });

  it('lists parents before children, and every region code fits its level and parent', () => {
    const seen = new Set<string>();
    for (const node of tree) {
      const parent = node.parentKey === null ? null : byKey.get(node.parentKey);
      if (node.parentKey !== null) expect(seen.has(node.parentKey)).toBe(true);
      seen.add(node.key);
      if (node.kind !== 'region') continue;
      const problem = checkOrgCode(
        node.code ?? '',
        node.level,
        'region',
        parent ? { code: parent.code ?? null, level: parent.level, kind: parent.kind ?? 'region' } : null,
      );
      expect({ code: node.code, problem }).toEqual({ code: node.code, problem: null });
    }
  });

  it('names streets, towns, townships, communities and villages by their code ranges', () => {
    const suffix: Record<string, string> = { street: '街道', town: '镇', township: '乡', community: '社区', village: '村' };
    for (const n of regions('township')) expect(n.name.endsWith(suffix[townshipKindOf(n.code ?? '') ?? ''] ?? '?')).toBe(true);
    for (const n of regions('village')) expect(n.name.endsWith(suffix[villageKindOf(n.code ?? '') ?? ''] ?? '?')).toBe(true);
  });

  it('gives unique codes and keys, and unique township and village names across the city', () => {
    const codes = tree.map((n) => n.code);
    expect(new Set(codes).size).toBe(tree.length);
    expect(new Set(tree.map((n) => n.key)).size).toBe(tree.length);
    expect(new Set(regions('township').map((n) => n.name)).size).toBe(154);
    expect(new Set(regions('village').map((n) => n.name)).size).toBe(3627);
  });

  it('carries valid social credit codes on every agency, under the city and each county', () => {
    const agencies = tree.filter((n) => n.kind === 'agency');
    for (const a of agencies) expect({ name: a.name, valid: isValidUscc(a.code ?? '') }).toEqual({ name: a.name, valid: true });
    const cityAgencies = agencies.filter((a) => a.parentKey === DEMO_CITY_KEY).map((a) => a.shortName);
    expect(cityAgencies).toEqual(expect.arrayContaining(['市委宣传部', '市文明办', '市文化广电和旅游局', '市教育局', '日报社', '广播电视台']));
    for (const county of regions('county')) {
      const own = agencies.filter((a) => a.parentKey === county.key).map((a) => a.name);
      expect(own).toEqual([`中共${county.name}委宣传部`, `${county.name}融媒体中心`]);
    }
  });

  it('adds up to about six million people, each level the sum of the one below', () => {
    const city = regions('city')[0];
    expect(city?.population).toBeGreaterThan(5_900_000);
    expect(city?.population).toBeLessThan(6_100_000);
    for (const level of ['city', 'county', 'township'] as const) {
      for (const parent of regions(level)) {
        const children = tree.filter((n) => n.parentKey === parent.key && n.kind === 'region');
        expect(children.reduce((s, c) => s + (c.population ?? 0), 0)).toBe(parent.population);
      }
    }
  });

  it('is the same tree on every run', () => {
    expect(JSON.stringify(demoOrgTree())).toBe(JSON.stringify(tree));
  });
});
