import { describe, expect, it } from 'vitest';
import { exactLookup } from './volunteer-lookup';

describe('exact volunteer lookup', () => {
  it('tells a mobile number from an ID number, and clears on blank', () => {
    expect(exactLookup(' 139 1234 5678 ')).toEqual({ phone: '13912345678', idNumber: undefined });
    expect(exactLookup('11010519491231002x')).toEqual({ phone: undefined, idNumber: '11010519491231002X' });
    expect(exactLookup('  ')).toEqual({ phone: undefined, idNumber: undefined });
  });
});
