// Volunteers, points: points, their ledger and the rewards store. The module index composes it from what this file exports; sub-folders share services file by file.
export { pointsRoutes } from './points.routes';
