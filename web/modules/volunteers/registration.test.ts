import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../../contracts/volunteers';
import { needsGuardian, residentIdProblem, toVolunteerCreate } from './registration';

const TODAY = '2026-11-26';
const withCheck = (first17: string) => `${first17}${residentIdCheckChar(first17)}`;

describe('volunteer registration form', () => {
  it('names a wrong check digit in the server’s words', () => {
    expect(residentIdProblem('110105194912310021', TODAY, 'zh-CN')).toContain('校验位');
    expect(residentIdProblem('11010519491231002X', TODAY, 'en')).toBeNull();
  });

  it('asks for a guardian only under 14, from the number or the entered birth date', () => {
    expect(needsGuardian({ idType: 'resident_id', idNumber: withCheck('11010520130101001') }, TODAY)).toBe(true);
    expect(needsGuardian({ idType: 'resident_id', idNumber: withCheck('11010520120101001') }, TODAY)).toBe(false);
    expect(needsGuardian({ idType: 'passport', birthDate: '2015-06-01' }, TODAY)).toBe(true);
    expect(needsGuardian({ idType: 'resident_id', idNumber: '1101052013' }, TODAY)).toBe(false);
  });

  it('sends neither birth date nor sex for a resident ID, and no guardian for an adult', () => {
    const input = toVolunteerCreate(
      {
        name: '王芳',
        idType: 'resident_id',
        idNumber: '11010519491231002X',
        sex: 'male',
        birthDate: '2000-01-01',
        phone: '13800138000',
        homeOrgId: 7,
        consent: true,
        guardianName: 'x',
      },
      TODAY,
    );
    expect(input).not.toHaveProperty('sex');
    expect(input).not.toHaveProperty('birthDate');
    expect(input).not.toHaveProperty('guardian');
    expect(input).toMatchObject({ consent: true, skills: [] });
  });
});
