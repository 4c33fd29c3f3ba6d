import type { AppModule } from '../../platform/http/app';
import { checkinRoutes } from './checkin.routes';
import { orderPublicRoutes } from './orders.public.routes';
import { orderRoutes } from './orders.routes';
import { pointsRoutes } from './points.routes';
import { projectRoutes } from './project.routes';
import { certificateRoutes } from './certificate.routes';
import { teamImportRoutes } from './team.import.routes';
import { selfRoutes } from './self.routes';
import { registerTeamIndicators } from './team.indicators';
import { teamRoutes } from './team.routes';
import { volunteerRoutes } from './volunteer.routes';
import type { VolunteersDeps } from './volunteers.deps';

export type { VolunteersDeps } from './volunteers.deps';

/** The volunteers module: real-name registration, teams and their members, service projects and sign-ups. */
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
