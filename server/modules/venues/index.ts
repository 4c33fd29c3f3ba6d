import type { AppModule } from '../../platform/http/app';
import { registerVenueIndicators } from './venue.indicators';
import { venueRoutes } from './venue.routes';
import { venueXlsxRoutes } from './venue-xlsx.routes';
import { venueAdminRoutes } from './venue-admin.routes';
import type { VenuesDeps } from './venues.deps';

export type { VenuesDeps } from './venues.deps';
export { countOpenVenues, coverage, sumHoldings } from './venue.counts';
export { venueCapacities, venueInView } from './venue.repository';

/** The venues module: practice centers to bookcases, their locations, status and coverage. */
export function createVenuesModule(deps: VenuesDeps): { module: AppModule } {
  registerVenueIndicators(deps.indicators);
  return {
    module: {
      name: 'venues',
      plugin: async (app) => {
        await app.register(venueXlsxRoutes(deps));
        await app.register(venueAdminRoutes(deps));
        await app.register(venueRoutes(deps));
      },
    },
  };
}
