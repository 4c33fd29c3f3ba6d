import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  PHRASE_STYLES,
  PhraseBook,
  PhraseConflictError,
  type PhraseStyle,
  phraseCount,
  phraseGrowth,
  phraseOrdinal,
  phrasePercent,
  phraseRange,
} from './number-phrase';

// Values every property check runs over: dense below 3000, each power of ten and its neighbours,
// every leading digit at every size, and a slow geometric walk up to the limit.
function sampleValues(): number[] {
  const values = new Set<number>();
  for (let v = 1; v <= 3000; v++) values.add(v);
  for (let exp = 2; exp <= 11; exp++) {
    for (let lead = 1; lead <= 99; lead++) {
      const round = lead * 10 ** (exp - 1);
      for (const delta of [-1, 0, 1, 2, 10 ** (exp - 2), 10 ** (exp - 1) - 1]) {
        const v = round + delta;
        if (v >= 1 && v < 1e12) values.add(v);
      }
    }
  }
  for (let v = 3001; v < 1e12; v = Math.floor(v * 1.0037) + 7) values.add(v);
  return [...values];
}

function contains(range: readonly [number, number], v: number): boolean {
  return range[0] <= v && v <= range[1];
}

describe('phraseCount reproduces the seed report', () => {
  it.each<[number, PhraseStyle, string, string]>([
    [9, 'atLeast', '次', '9次以上'],
    [5234, 'approx', '场次', '5000余场次'],
    [1342, 'approx', '场次', '1300余场次'],
    [101, 'exact', '座', '101座'],
    [1000, 'exact', '个', '1000个'],
    [597000, 'near', '册', '近60万册'],
    [26, 'exact', '座', '26座'],
    [2161, 'exact', '家', '2161家'],
    [43210, 'approx', '场', '4万余场'],
    [32, 'exact', '个', '32个'],
    [3627, 'exact', '个', '3627个'],
    [4350, 'exact', '支', '4350支'],
    [103456, 'approx', '场次', '10万余场次'],
    [106, 'approx', '次', '100余次'],
    [9, 'exact', '名', '9名'],
    [153, 'exact', '名', '153名'],
    [111, 'exact', '人', '111人'],
    [294, 'exact', '人', '294人'],
    [30, 'atLeast', '场（次）', '30场（次）以上'],
    [8912345, 'over', '小时', '超890万小时'],
  ])('%d as %s %s reads %s', (value, style, unit, expected) => {
    expect(phraseCount(value, style, unit)).toBe(expected);
  });

  it('words the rankings, percentages and names of the seed', () => {
    expect(phraseOrdinal(2, '全省')).toBe('居全省第二');
    expect(phraseOrdinal(1, '全省', '位')).toBe('居全省第一位');
    expect(phrasePercent(0.9807)).toBe('98.07%');
    expect(`${chineseNumeral(10)}大行动`).toBe('十大行动');
    expect(`${chineseNumeral(3)}大类14项`).toBe('三大类14项');
    expect(`${chineseNumeral(12)}个一`).toBe('十二个一');
  });
});

describe('approx rounding', () => {
  it.each<[number, string]>([
    [1, '1'],
    [99, '99'],
    [100, '100'],
    [101, '100余'],
    [109, '100余'],
    [110, '110'],
    [153, '150余'],
    [999, '900余'],
    [1000, '1000'],
    [1999, '1900余'],
    [9999, '9000余'],
    [10000, '1万'],
    [10001, '1万余'],
    [12345, '1万余'],
    [99999, '9万余'],
    [100000, '10万'],
    [100001, '10万余'],
    [109999, '10万余'],
    [110000, '11万'],
    [199999, '19万余'],
    [597000, '50余万'],
    [1505000, '150万余'],
    [1595000, '150余万'],
    [8912345, '800余万'],
    [99999999, '9000余万'],
    [100000000, '1亿'],
    [100000001, '1亿余'],
    [123456789, '1亿余'],
    [1234567890, '12亿余'],
    [5600000000, '50余亿'],
  ])('%d reads %s', (value, expected) => {
    expect(phraseCount(value, 'approx', '')).toBe(expected);
  });

  it('uses 万 and 亿 exactly from ten thousand and one hundred million', () => {
    expect(phraseCount(9999, 'approx', '个')).not.toMatch(/[万亿]/);
    expect(phraseCount(10001, 'approx', '个')).toMatch(/万/);
    expect(phraseCount(99999999, 'approx', '个')).toMatch(/万/);
    expect(phraseCount(100000001, 'approx', '个')).toMatch(/亿/);
  });
});

describe('near, over and atLeast', () => {
  it.each<[number, string]>([
    [597000, '近60万'],
    [570000, '近60万'],
    [569999, '50余万'],
    [600000, '60万'],
    [9700, '近1万'],
    [99999, '近10万'],
    [1290000, '近130万'],
    [12800, '近1.3万'],
    [19999, '近2万'],
    [5234, '5000余'],
    [99, '99'],
  ])('near %d reads %s', (value, expected) => {
    expect(phraseCount(value, 'near', '')).toBe(expected);
  });

  it.each<[number, string]>([
    [8912345, '超890万'],
    [8900000, '890万'],
    [12345, '超1.2万'],
    [12000, '1.2万'],
    [10500, '超1万'],
    [5600000000, '56亿'],
    [123456789, '超1.2亿'],
    [1342, '超1300'],
    [50, '50'],
  ])('over %d reads %s', (value, expected) => {
    expect(phraseCount(value, 'over', '')).toBe(expected);
  });

  it.each<[number, string]>([
    [9, '9次以上'],
    [99, '99次以上'],
    [5234, '5000次以上'],
    [43210, '4万次以上'],
    [103456, '10万次以上'],
  ])('atLeast %d reads %s', (value, expected) => {
    expect(phraseCount(value, 'atLeast', '次')).toBe(expected);
  });

  it('keeps large exact counts exact and undivided', () => {
    expect(phraseCount(45678, 'exact', '个')).toBe('45678个');
    expect(phraseCount(100000000, 'exact', '人次')).toBe('100000000人次');
  });
});

describe('phraseRange', () => {
  it.each<[string, number, number]>([
    ['5000余场次', 5001, 5999],
    ['1300余场次', 1301, 1399],
    ['100余次', 101, 199],
    ['4万余场', 40001, 49999],
    ['10万余场次', 100001, 109999],
    ['10余万', 110000, 199999],
    ['800余万小时', 8010000, 8999999],
    ['50余亿', 5100000000, 5999999999],
    ['近60万册', 570000, 599999],
    ['超890万小时', 8900001, 8999999],
    ['9次以上', 9, Number.POSITIVE_INFINITY],
    ['30场（次）以上', 30, Number.POSITIVE_INFINITY],
    ['101座', 101, 101],
    ['1.2万', 12000, 12000],
    ['10万', 100000, 100000],
  ])('%s covers %d to %d', (phrase, min, max) => {
    expect(phraseRange(phrase)).toEqual([min, max]);
  });

  it.each(['1.5万余', '1.5余万', '15余万', '15余', '近10万余', '超9次以上', '5000余余', '0个', 'abc', '', '1.23456万', '12.5'])('rejects %j', (phrase) => {
    expect(() => phraseRange(phrase)).toThrow(SyntaxError);
  });
});

describe('every generated phrase is true for its value', () => {
  const values = sampleValues();

  it('runs over a large deterministic sample', () => {
    expect(values.length).toBeGreaterThan(10000);
  });

  it.each(PHRASE_STYLES.map((style) => [style]))('%s never states a range that misses the value', (style) => {
    const misses: string[] = [];
    for (const v of values) {
      const phrase = phraseCount(v, style, '场次');
      if (!contains(phraseRange(phrase), v)) misses.push(`${v} -> ${phrase}`);
    }
    expect(misses).toEqual([]);
  });

  it('never puts 余 on a decimal and never mixes two 余', () => {
    const bad = values.flatMap((v) => PHRASE_STYLES.map((style) => phraseCount(v, style, ''))).filter((p) => /\.\d+[万亿]?余/.test(p) || /余.*余/.test(p));
    expect(bad).toEqual([]);
  });

  it('states a round figure no higher than the value, except a 近 figure that stays within 5% above it', () => {
    for (const v of values) {
      for (const style of ['approx', 'atLeast', 'over'] as const) {
        expect(phraseRange(phraseCount(v, style, ''))[0]).toBeLessThanOrEqual(v);
      }
      const near = phraseCount(v, 'near', '');
      if (near.startsWith('近')) {
        const [min, max] = phraseRange(near);
        expect(v).toBeLessThan(max + 1);
        expect((max + 1 - v) * 20).toBeLessThanOrEqual(max + 1);
        expect(min).toBeLessThanOrEqual(v);
      }
    }
  });

  it('keeps counts below 100 exact in every style except the 以上 marker', () => {
    for (let v = 1; v < 100; v++) {
      for (const style of ['exact', 'approx', 'near', 'over'] as const) {
        expect(phraseCount(v, style, '人')).toBe(`${v}人`);
      }
      expect(phraseCount(v, 'atLeast', '人')).toBe(`${v}人以上`);
    }
  });

  it('keeps approx within the precision of one or two significant digits', () => {
    for (const v of values) {
      const [min, max] = phraseRange(phraseCount(v, 'approx', ''));
      if (v >= 100000) expect(max - min).toBeLessThan(v);
    }
  });
});

describe('bad counts', () => {
  it.each([0, -1, -5234, Number.NaN, 1.5, 5234.2, Number.POSITIVE_INFINITY, 1e12, 2 ** 53])('rejects %d in every style', (value) => {
    for (const style of PHRASE_STYLES) {
      expect(() => phraseCount(value, style, '个')).toThrow(RangeError);
    }
  });

  it('explains the error', () => {
    expect(() => phraseCount(0, 'approx', '场次')).toThrow(/positive whole number, got 0/);
    expect(() => phraseCount(Number.NaN, 'exact', '座')).toThrow(/got NaN/);
  });

  it('rejects a measure word that would change the figure', () => {
    expect(() => phraseCount(5234, 'approx', '余场')).toThrow(RangeError);
    expect(() => phraseCount(5234, 'approx', '万场')).toThrow(RangeError);
    expect(() => phraseCount(5234, 'approx', '2场')).toThrow(RangeError);
    expect(() => phraseCount(5234, 'approx', '场以上')).toThrow(RangeError);
  });

  it('rejects an unknown style', () => {
    expect(() => phraseCount(5234, 'roughly' as PhraseStyle, '场')).toThrow(RangeError);
  });
});

describe('phrasePercent', () => {
  it.each<[number, number, string]>([
    [0.9807, 2, '98.07%'],
    [0.98065, 2, '98.07%'],
    [0.5, 1, '50.0%'],
    [0.125, 0, '13%'],
    [1, 2, '100.00%'],
    [1, 0, '100%'],
    [0.99999, 2, '99.99%'],
    [0.996, 0, '99%'],
    [0, 2, '0.00%'],
    [1.05, 2, '105.00%'],
    [0.0007, 2, '0.07%'],
  ])('%d with %d decimals reads %s', (ratio, decimals, expected) => {
    expect(phrasePercent(ratio, decimals)).toBe(expected);
  });

  it.each<[number, number]>([
    [-0.1, 2],
    [Number.NaN, 2],
    [98.07, 2],
    [0.5, 5],
    [0.5, 1.5],
    [0.5, -1],
  ])('rejects %d with %d decimals', (ratio, decimals) => {
    expect(() => phrasePercent(ratio, decimals)).toThrow(RangeError);
  });
});

describe('phraseGrowth', () => {
  it.each<[number, number, string]>([
    [112.5, 100, '增长12.5%'],
    [96.8, 100, '下降3.2%'],
    [100, 100, '持平'],
    [100001, 100000, '基本持平'],
    [0, 50, '下降100.0%'],
    [300, 100, '增长200.0%'],
    [1125, 1000, '增长12.5%'],
  ])('%d after %d reads %s', (current, previous, expected) => {
    expect(phraseGrowth(current, previous)).toBe(expected);
  });

  it('takes the number of decimals', () => {
    expect(phraseGrowth(1234, 1000, 2)).toBe('增长23.40%');
    expect(phraseGrowth(1234, 1000, 0)).toBe('增长23%');
  });

  it('rejects a previous figure of zero and negative or non-finite figures', () => {
    expect(() => phraseGrowth(5, 0)).toThrow(/previous figure of 0/);
    expect(() => phraseGrowth(-1, 5)).toThrow(RangeError);
    expect(() => phraseGrowth(5, Number.NaN)).toThrow(RangeError);
    expect(() => phraseGrowth(5, 4, 7)).toThrow(RangeError);
  });
});

describe('phraseOrdinal', () => {
  it.each<[number, string | undefined, '' | '位' | '名', string]>([
    [1, undefined, '', '第一'],
    [2, undefined, '', '第二'],
    [2, '全省', '', '居全省第二'],
    [1, '全省', '位', '居全省第一位'],
    [1, undefined, '位', '第一位'],
    [3, '全国', '名', '居全国第三名'],
    [10, '', '', '第十'],
    [21, '全省', '', '居全省第二十一'],
  ])('%d in %s with %j reads %s', (rank, scope, suffix, expected) => {
    expect(phraseOrdinal(rank, scope, suffix)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN, 10000])('rejects rank %d', (rank) => {
    expect(() => phraseOrdinal(rank)).toThrow(RangeError);
  });
});

describe('chineseNumeral', () => {
  it.each<[number, string]>([
    [0, '零'],
    [1, '一'],
    [2, '二'],
    [3, '三'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [50, '五十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [115, '一百一十五'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2024, '二千零二十四'],
    [9999, '九千九百九十九'],
  ])('%d reads %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it('names every number from 1 to 99 with at most three characters and no 零', () => {
    const names = new Set<string>();
    for (let n = 1; n <= 99; n++) {
      const name = chineseNumeral(n);
      expect(name.length).toBeLessThanOrEqual(3);
      expect(name).not.toContain('零');
      names.add(name);
    }
    expect(names.size).toBe(99);
  });

  it.each([-1, 10000, 2.5, Number.NaN])('rejects %d', (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});

describe('PhraseBook', () => {
  it('gives the same words for a figure every time it is asked', () => {
    const book = new PhraseBook();
    const first = book.count('volunteer-activities', 103456, 'approx', '场次');
    expect(first).toBe('10万余场次');
    expect(book.count('volunteer-activities', 103456, 'approx', '场次')).toBe(first);
    expect(book.get('volunteer-activities')).toBe(first);
  });

  it('refuses to word the same figure in another style', () => {
    const book = new PhraseBook();
    book.count('books-held', 597000, 'near', '册');
    expect(() => book.count('books-held', 597000, 'approx', '册')).toThrow(PhraseConflictError);
    expect(() => book.count('books-held', 597000, 'exact', '册')).toThrow(/books-held.*近60万册/);
  });

  it('refuses another value or measure word for the same figure', () => {
    const book = new PhraseBook();
    book.count('reading-rooms', 101, 'exact', '座');
    expect(() => book.count('reading-rooms', 102, 'exact', '座')).toThrow(PhraseConflictError);
    expect(() => book.count('reading-rooms', 101, 'exact', '个')).toThrow(PhraseConflictError);
  });

  it('keeps percentages consistent too, and apart from counts', () => {
    const book = new PhraseBook();
    expect(book.percent('coverage', 0.9807)).toBe('98.07%');
    expect(book.percent('coverage', 0.9807)).toBe('98.07%');
    expect(() => book.percent('coverage', 0.9807, 1)).toThrow(PhraseConflictError);
    expect(() => book.count('coverage', 9807, 'exact', '')).toThrow(PhraseConflictError);
  });

  it('lets different figures share a value, and does not remember a figure that failed', () => {
    const book = new PhraseBook();
    expect(book.count('a', 1000, 'exact', '个')).toBe('1000个');
    expect(book.count('b', 1000, 'approx', '个')).toBe('1000个');
    expect(() => book.count('c', 0, 'exact', '个')).toThrow(RangeError);
    expect(book.get('c')).toBeUndefined();
    expect(book.count('c', 5, 'exact', '个')).toBe('5个');
  });
});
