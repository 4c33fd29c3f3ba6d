import type { AppModule } from '../../platform/http/app';
import { honourFileRoutes } from './files/honour-file.routes';
import type { HonoursDeps } from './honours.deps';
import { starRoutes } from './households/star.routes';
import { nominationRoutes } from './nominations/nomination.routes';
import { noticeRoutes } from './notices/notice.routes';
import { pairingRoutes } from './pairings/pairing.routes';
import { registryRoutes } from './registry/registry.routes';
import { titleRoutes } from './titles/title.routes';

export type { HonoursDeps } from './honours.deps';
export { pairingReference } from './pairings/pairing.reference';
export { registerHonourIndicators } from './registry/honours.indicators';

/** Role models and honours: titles and cycles, nominations with their review stages, panels, public notices and objections, the role-model register, star households, role models in schools, and the register of honours given from outside. */
export function createHonoursModule(deps: HonoursDeps): AppModule {
  return {
    name: 'honours',
    plugin: async (app) => {
      await app.register(titleRoutes(deps));
      await app.register(honourFileRoutes(deps));
      await app.register(nominationRoutes(deps));
      await app.register(noticeRoutes(deps));
      await app.register(registryRoutes(deps));
      await app.register(starRoutes(deps));
      await app.register(pairingRoutes(deps));
    },
  };
}
