import { describe, expect, it } from 'vitest';
import { ageOn, checkResidentId, residentIdCheckChar } from './resident-id';

const TODAY = '2026-11-26';
const withCheck = (first17: string) => `${first17}${residentIdCheckChar(first17)}`;

describe('resident ID numbers (GB 11643-1999)', () => {
  it('accepts the standard example and derives birth date and sex', () => {
    expect(checkResidentId('11010519491231002X', TODAY)).toEqual({ ok: true, number: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' });
  });

  it('reads a lower-case x and surrounding spaces as the same number', () => {
    expect(checkResidentId(' 11010519491231002x ', TODAY)).toMatchObject({ ok: true, number: '11010519491231002X' });
  });

  it('takes the sex from the parity of the 17th digit', () => {
    expect(checkResidentId(withCheck('41990219900101001'), TODAY)).toMatchObject({ ok: true, sex: 'male', birthDate: '1990-01-01' });
    expect(checkResidentId(withCheck('41990219900101002'), TODAY)).toMatchObject({ ok: true, sex: 'female' });
  });

  it('refuses every wrong check character', () => {
    for (const c of '0123456789X') {
      if (c === 'X') continue;
      expect(checkResidentId(`11010519491231002${c}`, TODAY)).toEqual({ ok: false, problem: 'checksum' });
    }
  });

  it('refuses a wrong length, letters inside, or a leading zero as a malformed number', () => {
    for (const bad of ['', '11010519491231002', '11010519491231002X1', '1101051949123100AX', '01010519491231002X', '110105491231002']) {
      expect(checkResidentId(bad, TODAY)).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('refuses impossible, too early and future birth dates', () => {
    for (const first17 of ['11010520230229001', '11010519901301001', '11010519900000001', '11010518991231001', '11010520261127001', '11010520991231001']) {
      expect(checkResidentId(withCheck(first17), TODAY)).toEqual({ ok: false, problem: 'birth_date' });
    }
    expect(checkResidentId(withCheck('11010520240229001'), TODAY)).toMatchObject({ ok: true, birthDate: '2024-02-29' });
    expect(checkResidentId(withCheck('11010520261126001'), TODAY)).toMatchObject({ ok: true, birthDate: '2026-11-26' });
  });

  it('counts whole years of age, turning a year older on the birthday', () => {
    expect(ageOn('2012-11-26', '2026-11-25')).toBe(13);
    expect(ageOn('2012-11-26', '2026-11-26')).toBe(14);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
  });
});
