import dayjs from 'dayjs';
import type { Project, Slot } from '../../../contracts/volunteers';

/** Tag colours of a project's shown status. */
export const PROJECT_STATUS_COLORS: Record<Project['status'], string> = { recruiting: 'blue', full: 'red', running: 'green', ended: 'default' };

/** A slot's time in the browser's zone, the end without its date when it falls on the same day. */
export function slotTime(slot: Pick<Slot, 'startsAt' | 'endsAt'>): string {
  const start = dayjs(slot.startsAt);
  const end = dayjs(slot.endsAt);
  return `${start.format('YYYY-MM-DD HH:mm')} – ${end.format(end.isSame(start, 'day') ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`;
}

/** Places taken and offered over all of a project's slots. */
export function headcountOf(project: Pick<Project, 'slots'>): { confirmed: number; headcount: number; waiting: number } {
  return project.slots.reduce(
    (sum, s) => ({ confirmed: sum.confirmed + s.confirmed, headcount: sum.headcount + s.headcount, waiting: sum.waiting + s.waiting }),
    {
      confirmed: 0,
      headcount: 0,
      waiting: 0,
    },
  );
}
