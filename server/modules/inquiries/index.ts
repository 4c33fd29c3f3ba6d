import type { AppModule } from '../../platform/http/app';
import { casePublicRoutes } from './cases/case.public.routes';
import { caseRoutes } from './cases/case.routes';
import type { InquiriesDeps } from './inquiries.deps';
import { leagueRoutes } from './league.routes';
import { open311Routes } from './open311/open311.routes';
import { setupRoutes } from './setup/setup.routes';

export type { InquiriesDeps } from './inquiries.deps';
export { inquiryReminders, remindAndEscalate } from './cases/reminders';

/** Inquiries (问政): categories and routing, the case loop from arrival to rating, the department league, the public list and Open311. */
export function createInquiriesModule(deps: InquiriesDeps): AppModule {
  return {
    name: 'inquiries',
    plugin: async (app) => {
      await app.register(setupRoutes(deps));
      await app.register(caseRoutes(deps));
      await app.register(casePublicRoutes(deps));
      await app.register(leagueRoutes(deps));
      await app.register(open311Routes(deps));
    },
  };
}
