import { parseArgs } from 'node:util';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db/open';
import { migrateToLatest } from './platform/db/migrator';
import { PersonalDataCipher } from './platform/crypto/personal-data';

const HELP: Record<string, string> = {
  start: `xuanwen start — migrate, seed the demo city on a new embedded database, and serve the platform.
  PORT (3000), HOST (0.0.0.0), DATA_DIR (./data), DATABASE_URL (PostgreSQL; unset = embedded PGlite in DATA_DIR).
  With DATABASE_URL nothing is seeded; run "npm run seed:demo" for the demo city.`,
  migrate: `xuanwen migrate — apply pending migrations to the configured database and print the version.`,
  'seed:demo': `xuanwen seed:demo — load the demo city (淇川市, labelled demo data) and demo accounts into an empty database.`,
  'create-admin': `xuanwen create-admin --username NAME [--display-name TEXT] [--org-code CODE] [--city-code 6DIGITS --city-name NAME]
  Creates a system administrator scoped to the org with --org-code (default: the top of the tree) and prints a
  temporary password that must be changed at first sign-in. On an empty database, --city-code and --city-name
  create the city first.`,
  backup: `xuanwen backup --out FILE — write the database (PGlite or PostgreSQL) and the stored files (evidence, photos) to one file.
  The file is gzip-compressed JSON lines ending in a digest; rollups are left out and rebuilt from the facts at restore.
  On PostgreSQL it runs beside a serving platform (one consistent snapshot); on the embedded database stop the server first.
  The keys are not in the file: keep XUANWEN_DATA_KEY and XUANWEN_HASH_KEY (or DATA_DIR/keys.json) apart from backups.`,
  restore: `xuanwen restore --in FILE — restore a backup into a new, empty database and data folder (same release as the backup).
  Checks the whole file first (a cut or altered file is refused); refuses a database that holds orgs or users, or a
  non-empty files folder; loads everything in one transaction, rebuilds the rollups, then writes the files.
  Start the platform with the same keys as the backed-up deployment, or personal data cannot be read.`,
  'stats:verify': `xuanwen stats:verify — recompute every rollup from the facts; prints the differences and exits 1 when any row differs.`,
};

function usage(): string {
  return `Usage: npm run <command> [-- --help]\nCommands:\n${Object.values(HELP)
    .map((h) => `  ${h.split('\n')[0]}`)
    .join('\n')}`;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === '--help' || command === '-h') {
    console.log(usage());
    return;
  }
  const help = HELP[command];
  if (!help) {
    console.error(`Unknown command "${command}".\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(help);
    return;
  }
  const config = loadConfig();
  if (command === 'start') {
    const { start } = await import('./start');
    await start(config);
    return;
  }
  const dbh = await openDatabase(config);
  try {
    const version = await migrateToLatest(dbh.db);
    if (command === 'migrate') {
      console.log(`Database (${dbh.kind}) at migration ${version}`);
    } else if (command === 'seed:demo') {
      const { seedDemoCity } = await import('../scripts/demo/city');
      const { printDemoCity } = await import('./demo-banner');
      const city = await seedDemoCity(dbh, config, new PersonalDataCipher(config.dataKey, config.hashKey));
      if (city.accounts.length === 0) console.log('The database already holds org units; the demo city was not loaded.');
      else printDemoCity(city);
    } else if (command === 'create-admin') {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          'display-name': { type: 'string' },
          'org-code': { type: 'string' },
          'city-code': { type: 'string' },
          'city-name': { type: 'string' },
        },
      });
      const { createAdmin } = await import('./create-admin');
      const result = await createAdmin(dbh.db, {
        username: values.username ?? '',
        displayName: values['display-name'],
        orgCode: values['org-code'],
        cityCode: values['city-code'],
        cityName: values['city-name'],
      });
      console.log(`Created ${result.username} for ${result.orgName}. Temporary password (change at first sign-in): ${result.password}`);
    } else if (command === 'backup' || command === 'restore') {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' }, in: { type: 'string' } } });
      const { runBackupCommand } = await import('./backup-cli');
      process.exitCode = await runBackupCommand(command, dbh, config, command === 'backup' ? values.out : values.in);
    } else if (command === 'stats:verify') {
      const { runStatsVerify } = await import('./modules/stats');
      process.exitCode = await runStatsVerify(dbh.db);
    }
  } finally {
    await dbh.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
