// Volunteers, projects: service projects, slots and sign-ups, QR check-in, hours and their corrections. The module index composes it from what this file exports; sub-folders share services file by file.
export { projectRoutes } from './project.routes';
export { checkinRoutes } from './checkin.routes';
