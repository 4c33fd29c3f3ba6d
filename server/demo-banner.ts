/** A demo account as the seed reports it. */
export interface DemoAccountLine {
  username: string;
  password: string;
  role: string;
  org: string;
  mustChangePassword: boolean;
}

/** Prints the demo logins so a first-time user can sign in straight away. */
export function printDemoAccounts(accounts: DemoAccountLine[]): void {
  const lines = accounts.map(
    (a) => `  ${a.username.padEnd(12)} ${a.password.padEnd(14)} ${a.role}（${a.org}）${a.mustChangePassword ? ' 首次登录需改密码 / must change password' : ''}`,
  );
  console.log(['', '演示账号 Demo accounts (演示数据 demo data, not real):', ...lines, ''].join('\n'));
}

/** The size of a freshly loaded demo ledger, as start-up reports it. */
export interface DemoLedgerLine {
  activities: number;
  facts: number;
  rollups: number;
  millis: number;
}

/** Prints the demo accounts and, when one was loaded, what the demo ledger holds. */
export function printDemoCity(city: { accounts: DemoAccountLine[]; ledger: DemoLedgerLine | null }): void {
  printDemoAccounts(city.accounts);
  const l = city.ledger;
  if (l) console.log(`演示数据 Demo ledger: ${l.activities} records (2022–2023), ${l.facts} facts, ${l.rollups} rollups in ${l.millis} ms`);
}
