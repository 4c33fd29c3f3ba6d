import type { FastifyInstance } from 'fastify';
import { createActivitiesModule } from './modules/activities';
import { createCalendarModule } from './modules/calendar';
import { createIdentityModule } from './modules/identity';
import { createVenuesModule } from './modules/venues';
import { createVolunteersModule } from './modules/volunteers';
import {
  createTheoryModule,
  firstAgendaReference,
  firstAgendaReminders,
  lecturerReference,
  registerStudyIndicators,
  studyGroupReference,
  troupeReference,
} from './modules/theory';
import { createInboxModule } from './modules/inbox';
import { createHonoursModule, pairingReference, registerHonourIndicators } from './modules/honours';
import { createInquiriesModule, inquiryReminders } from './modules/inquiries';
import { createStatsModule, detachSubtreeFacts, IndicatorRegistry, reattachSubtreeFacts } from './modules/stats';
import type { Config } from './platform/config';
import { PersonalDataCipher } from './platform/crypto/personal-data';
import type { DbHandle } from './platform/db/connect';
import { buildApp } from './platform/http/app';
import { JobQueue } from './platform/jobs/job-queue';
import { platformRetention } from './platform/jobs/retention';
import { localStorageIn } from './platform/storage/storage';
import { createReportsModule } from './modules/reports';

/** Options for composing the server. */
export interface ServerOptions {
  config: Config;
  dbh: DbHandle;
  migrationVersion: string;
  serveWeb?: boolean;
  logger?: boolean;
}

/** Composes every module into one Fastify app; the only place that knows the full module list. */
export async function createServer(opts: ServerOptions): Promise<FastifyInstance> {
  const cipher = new PersonalDataCipher(opts.config.dataKey, opts.config.hashKey);
  const identity = createIdentityModule({
    db: opts.dbh.db,
    config: opts.config,
    cipher,
    orgMoveHooks: { beforeMove: detachSubtreeFacts, afterMove: reattachSubtreeFacts },
  });
  const storage = localStorageIn(opts.config.dataDir);
  // The one job queue of the process: modules declare their jobs and schedules on it; the app starts and stops it.
  const jobs = new JobQueue(opts.dbh, { timezone: opts.config.timezone, pollingSeconds: opts.config.jobPollSeconds });
  jobs.schedule(platformRetention(opts.dbh.db));
  const activitiesDeps = {
    db: opts.dbh.db,
    config: opts.config,
    storage,
    jobs,
    references: {
      study_group: studyGroupReference,
      first_agenda_item: firstAgendaReference,
      lecture_troupe: troupeReference,
      lecturer: lecturerReference,
      role_model_pairing: pairingReference,
    },
  };
  const activities = createActivitiesModule(activitiesDeps);
  // Modules that keep registries (venues, volunteers, nominations) register their counts here.
  const indicators = new IndicatorRegistry();
  registerStudyIndicators(indicators);
  registerHonourIndicators(indicators);
  const venues = createVenuesModule({ db: opts.dbh.db, config: opts.config, cipher, indicators, storage });
  const calendar = createCalendarModule({ db: opts.dbh.db });
  const volunteers = createVolunteersModule({ db: opts.dbh.db, config: opts.config, cipher, workCalendar: calendar.workCalendar, indicators });
  const reports = createReportsModule({ db: opts.dbh.db, indicators, jobs });
  const theoryDeps = { db: opts.dbh.db, activities: activitiesDeps, workCalendar: calendar.workCalendar, cipher };
  jobs.schedule(firstAgendaReminders(theoryDeps));
  const inquiriesDeps = { db: opts.dbh.db, config: opts.config, cipher, storage, workCalendar: calendar.workCalendar };
  jobs.schedule(inquiryReminders(inquiriesDeps));
  return buildApp({
    config: opts.config,
    dbh: opts.dbh,
    migrationVersion: opts.migrationVersion,
    jobs,
    modules: [
      identity.module,
      createStatsModule(opts.dbh.db, indicators),
      activities.module,
      venues.module,
      reports.module,
      calendar.module,
      volunteers.module,
      createTheoryModule(theoryDeps),
      createInboxModule(opts.dbh.db),
      createHonoursModule({ db: opts.dbh.db, config: opts.config, cipher, storage, workCalendar: calendar.workCalendar }),
      createInquiriesModule(inquiriesDeps),
    ],
    authenticate: identity.authenticate,
    serveWeb: opts.serveWeb ?? false,
    logger: opts.logger ?? false,
  });
}
