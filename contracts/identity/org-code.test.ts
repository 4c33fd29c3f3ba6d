import { describe, expect, it } from 'vitest';
import { checkOrgCode, isValidUscc, townshipKindOf, usccCheckChar, villageKindOf } from './org-code';
import { meetsPasswordPolicy } from './password-policy';

const city = { code: '419900', level: 'city' as const, kind: 'region' as const };
const county = { code: '419902', level: 'county' as const, kind: 'region' as const };
const township = { code: '419902001000', level: 'township' as const, kind: 'region' as const };

describe('region codes', () => {
  it('accepts well-formed codes at each level under their parent', () => {
    expect(checkOrgCode('419900', 'city', 'region', null)).toBeNull();
    expect(checkOrgCode('419902', 'county', 'region', city)).toBeNull();
    expect(checkOrgCode('419902001000', 'township', 'region', county)).toBeNull();
    expect(checkOrgCode('419902001001', 'village', 'region', township)).toBeNull();
    expect(checkOrgCode('419902001201', 'village', 'region', township)).toBeNull();
  });
  it('refuses malformed shapes', () => {
    expect(checkOrgCode('41990', 'city', 'region', null)).toBe('IDENTITY_ORG_CODE_SHAPE');
    expect(checkOrgCode('41990a', 'county', 'region', city)).toBe('IDENTITY_ORG_CODE_SHAPE');
    expect(checkOrgCode('009900', 'city', 'region', null)).toBe('IDENTITY_ORG_CODE_SHAPE');
  });
  it('refuses codes of the wrong level', () => {
    expect(checkOrgCode('419902', 'city', 'region', null)).toBe('IDENTITY_ORG_CODE_LEVEL');
    expect(checkOrgCode('419900', 'county', 'region', city)).toBe('IDENTITY_ORG_CODE_LEVEL');
    expect(checkOrgCode('419902', 'township', 'region', county)).toBe('IDENTITY_ORG_CODE_LEVEL');
    expect(checkOrgCode('419902001001', 'township', 'region', county)).toBe('IDENTITY_ORG_CODE_LEVEL');
    expect(checkOrgCode('419902400000', 'township', 'region', county)).toBe('IDENTITY_ORG_CODE_LEVEL');
    expect(checkOrgCode('419902001000', 'village', 'region', township)).toBe('IDENTITY_ORG_CODE_LEVEL');
  });
  it('refuses codes not under the parent code', () => {
    expect(checkOrgCode('419802', 'county', 'region', city)).toBe('IDENTITY_ORG_CODE_PARENT');
    expect(checkOrgCode('419903001000', 'township', 'region', county)).toBe('IDENTITY_ORG_CODE_PARENT');
    expect(checkOrgCode('419902002001', 'village', 'region', township)).toBe('IDENTITY_ORG_CODE_PARENT');
  });
  it('classifies townships and villages by their digits', () => {
    expect(townshipKindOf('419902001000')).toBe('street');
    expect(townshipKindOf('419902101000')).toBe('town');
    expect(townshipKindOf('419902201000')).toBe('township');
    expect(villageKindOf('419902001001')).toBe('community');
    expect(villageKindOf('419902001201')).toBe('village');
  });
  it('checks unified social credit codes of agencies', () => {
    const first17 = '11419900MB0000001';
    const code = `${first17}${usccCheckChar(first17)}`;
    expect(isValidUscc(code)).toBe(true);
    expect(checkOrgCode(code, 'city', 'agency', city)).toBeNull();
    expect(isValidUscc(`${first17}X`)).toBe(code.endsWith('X'));
    expect(checkOrgCode('11419900MB000000IO', 'city', 'agency', city)).toBe('IDENTITY_ORG_CODE_SHAPE');
  });
});

describe('password policy', () => {
  it('needs 8 characters from 3 of 4 classes', () => {
    expect(meetsPasswordPolicy('Abcdefg1')).toBe(true);
    expect(meetsPasswordPolicy('abcdefg1!')).toBe(true);
    expect(meetsPasswordPolicy('Abc1!')).toBe(false);
    expect(meetsPasswordPolicy('abcdefgh')).toBe(false);
    expect(meetsPasswordPolicy('abcdefg1')).toBe(false);
    expect(meetsPasswordPolicy('ABCDEFGH1')).toBe(false);
  });
});
