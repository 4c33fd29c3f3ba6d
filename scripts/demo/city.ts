import type { DbHandle } from '../../server/platform/db/connect';
import { type DemoLedgerSummary, seedDemoLedger } from './activities';
import { DEMO_PASSWORD, type DemoAccount, seedDemo } from './seed';
import { seedDemoVenues } from './venues';
import { seedDemoLectureRequests } from './lectures';
import { writeFacts } from '../../server/modules/stats';
import { seedDemoExams } from './exams';
import { seedDemoHonours } from './honours';
import { seedDemoStudyGroups } from './study-groups';
import { seedDemoTeams } from './volunteer-teams';
import { DEMO_VOLUNTEER_PHONE, seedDemoVolunteers } from './volunteers';
import type { PersonalDataCipher } from '../../server/platform/crypto/personal-data';
import { localDate } from '../../server/platform/time';
import type { Config } from '../../server/platform/config';
import { seedDemoInquiries } from './inquiries';

/** What loading the demo city produced: its accounts, and its ledger when one was loaded. */
export interface DemoCity {
  accounts: DemoAccount[];
  ledger: DemoLedgerSummary | null;
}

/** Loads the whole demo city into an empty database: org tree and accounts, venues, volunteer teams, theory study groups, the cadre exams' question bank and yearly exams, role models, honours and a nomination round, demo volunteers with their service since late 2024, then the 2022–2023 ledger, the lecture requests around it, and the last three months' inquiries. No accounts means nothing was loaded. */
export async function seedDemoCity(dbh: DbHandle, config: Config, cipher: PersonalDataCipher): Promise<DemoCity> {
  const timezone = config.timezone;
  const accounts = await seedDemo(dbh.db);
  if (accounts.length === 0) return { accounts, ledger: null };
  await seedDemoVenues(dbh);
  await seedDemoTeams(dbh);
  await seedDemoStudyGroups(dbh);
  await seedDemoExams(dbh);
  await seedDemoVolunteers(dbh, cipher, localDate(new Date(), timezone));
  accounts.push({
    username: DEMO_VOLUNTEER_PHONE,
    password: DEMO_PASSWORD,
    role: '志愿者 volunteer',
    org: '志愿者端 volunteer app',
    mustChangePassword: false,
  });
  // Role models and their school pairings come before the ledger, whose class events cite the pairings.
  await seedDemoHonours(dbh, cipher, localDate(new Date(), timezone));
  const ledger = await seedDemoLedger(dbh, timezone);
  await seedDemoLectureRequests(dbh, cipher, localDate(new Date(), timezone), (facts) =>
    dbh.db.transaction().execute(async (tx) => {
      await writeFacts(
        tx,
        facts.map((f) => ({ ...f, sourceModule: 'theory', sourceType: 'lecture_request' })),
      );
    }),
  );
  await seedDemoInquiries(dbh, config, cipher);
  return { accounts, ledger };
}
