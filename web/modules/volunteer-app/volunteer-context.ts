import { useOutletContext } from 'react-router-dom';
import type { Volunteer } from '../../../contracts/volunteers';

/** The signed-in volunteer, handed by the app shell to its tabs. */
export function useVolunteer(): Volunteer {
  return useOutletContext<Volunteer>();
}
