import type { HoursOutcome } from '../../../../contracts/volunteers/checkin.schemas';

/** What a slot counts for one volunteer. */
export interface HoursLine {
  outcome: HoursOutcome;
  startedAt: Date | null;
  endedAt: Date | null;
  minutes: number;
}

/**
 * Whole minutes of actual service between sign-in and sign-out, within the slot: arriving early or staying late (and
 * the travel either side) does not count. A volunteer who never signed in is a no-show; one who never signed out
 * counts nothing until a correction gives the times.
 */
export function hoursOf(slot: { startsAt: Date; endsAt: Date }, signedInAt: Date | null, signedOutAt: Date | null): HoursLine {
  if (!signedInAt) return { outcome: 'no_show', startedAt: null, endedAt: null, minutes: 0 };
  if (!signedOutAt) return { outcome: 'no_sign_out', startedAt: new Date(signedInAt), endedAt: null, minutes: 0 };
  const from = Math.max(new Date(signedInAt).getTime(), new Date(slot.startsAt).getTime());
  const to = Math.min(new Date(signedOutAt).getTime(), new Date(slot.endsAt).getTime());
  const minutes = Math.max(0, Math.floor((to - from) / 60_000));
  return { outcome: 'served', startedAt: new Date(signedInAt), endedAt: new Date(signedOutAt), minutes };
}

/** Hours as the spine records them: to two decimals. */
export function hoursValue(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
