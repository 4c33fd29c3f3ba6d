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
