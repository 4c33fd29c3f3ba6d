// Volunteers, teams: teams, memberships and join requests, leaders, the team sheet import, team counts for the report. The module index composes it from what this file exports; sub-folders share services file by file.
export { teamRoutes } from './team.routes';
export { teamImportRoutes } from './team.import.routes';
export { registerTeamIndicators } from './team.indicators';
