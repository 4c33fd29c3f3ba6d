// Volunteers, registration: real-name registration by staff and by volunteers themselves, the volunteer record and reveal, the own-data export. The module index composes it from what this file exports; sub-folders share services file by file.
export { volunteerRoutes } from './volunteer.routes';
export { selfRoutes } from './self.routes';
