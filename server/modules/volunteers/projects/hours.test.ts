import { describe, expect, it } from 'vitest';
import { hoursOf, hoursValue } from './hours';
import { pointsFor } from '../points/points.ledger';

const slot = { startsAt: new Date('2026-11-20T09:00:00+08:00'), endsAt: new Date('2026-11-20T11:00:00+08:00') };
const t = (hm: string) => new Date(`2026-11-20T${hm}:00+08:00`);

describe('hours of a slot', () => {
  it('counts only the service time inside the slot, in whole minutes', () => {
    expect(hoursOf(slot, t('08:10'), t('12:30')).minutes).toBe(120);
    expect(hoursOf(slot, t('09:20'), t('10:05')).minutes).toBe(45);
    expect(hoursOf(slot, t('10:30'), t('13:00')).minutes).toBe(30);
    expect(hoursOf(slot, t('07:00'), t('08:30')).minutes).toBe(0);
    expect(hoursOf(slot, new Date('2026-11-20T09:00:00+08:00'), new Date('2026-11-20T09:00:59+08:00')).minutes).toBe(0);
  });

  it('tells a no-show from a missing sign-out', () => {
    expect(hoursOf(slot, null, null)).toEqual({ outcome: 'no_show', startedAt: null, endedAt: null, minutes: 0 });
    expect(hoursOf(slot, t('09:00'), null)).toMatchObject({ outcome: 'no_sign_out', minutes: 0 });
  });

  it('turns minutes into hours to two decimals and points at the rate', () => {
    expect(hoursValue(265)).toBe(4.42);
    expect(pointsFor(115, 10)).toBe(19);
    expect(pointsFor(90, 12.5)).toBe(19);
  });
});
