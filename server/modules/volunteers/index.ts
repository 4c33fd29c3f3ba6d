import type { AppModule } from '../../platform/http/app';
import { certificateRoutes } from './certificates';
import { orderPublicRoutes, orderRoutes } from './orders';
import { pointsRoutes } from './points';
import { checkinRoutes, projectRoutes } from './projects';
import { selfRoutes, volunteerRoutes } from './registration';
import { registerTeamIndicators, teamImportRoutes, teamRoutes } from './teams';
import type { VolunteersDeps } from './volunteers.deps';

export type { VolunteersDeps } from './volunteers.deps';

/** The volunteers module: registration, teams, projects and check-in, points and rewards, service orders, certificates (one sub-folder each). */
export function createVolunteersModule(deps: VolunteersDeps): { module: AppModule } {
  registerTeamIndicators(deps.indicators);
  return {
    module: {
      name: 'volunteers',
      plugin: async (app) => {
        await app.register(volunteerRoutes(deps));
        await app.register(selfRoutes(deps));
        await app.register(certificateRoutes(deps));
        await app.register(teamImportRoutes(deps));
        await app.register(teamRoutes(deps));
        await app.register(projectRoutes(deps));
        await app.register(orderRoutes(deps));
        await app.register(orderPublicRoutes(deps));
        await app.register(checkinRoutes(deps));
        await app.register(pointsRoutes(deps));
      },
    },
  };
}
