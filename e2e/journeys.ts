import type { Page } from 'playwright-core';
import { demoOrgTree } from '../scripts/demo/org-tree';

/** One user journey through the web app. */
export interface Journey {
  name: string;
  viewport?: { width: number; height: number };
  run(page: Page, baseUrl: string): Promise<void>;
}

const DEMO_PASSWORD = 'Demo#2026xw';
const NEW_PASSWORD = 'Xinren#Change2026';

async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

// A village deep in the demo city, chosen from the deterministic generator so the journey needs no API call.
const village = demoOrgTree().filter((n) => n.level === 'village')[1234];
if (!village) throw new Error('demo city has too few villages');

/** The journeys CI runs, in order: later ones look for what earlier ones did. */
export const journeys: Journey[] = [
  {
    name: 'first sign-in forces a password change',
    async run(page, baseUrl) {
      await page.goto(baseUrl);
      await page.getByTestId('login-submit').waitFor();
      await page.screenshot({ path: 'e2e/screenshots/login.png' });
      await signIn(page, baseUrl, 'xinren', DEMO_PASSWORD);
      await page.getByTestId('pw-current').fill(DEMO_PASSWORD);
      await page.getByTestId('pw-new').fill(NEW_PASSWORD);
      await page.getByTestId('pw-confirm').fill(NEW_PASSWORD);
      await page.screenshot({ path: 'e2e/screenshots/password-change.png' });
      await page.getByTestId('pw-submit').click();
      await page.getByTestId('menu-orgs').waitFor();
    },
  },
  {
    name: 'org tree: search a village and open it',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
      await page.getByTestId('menu-orgs').click();
      await page.getByTestId('org-search').fill(village.name);
      const hit = page.getByTestId('org-search-result').filter({ hasText: village.name }).first();
      await hit.click();
      const details = page.getByTestId('org-details');
      await details.getByText(village.code ?? '', { exact: false }).first().waitFor();
      await page.screenshot({ path: 'e2e/screenshots/org-tree.png' });
    },
  },
  {
    name: 'audit log shows the first sign-in',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'admin', DEMO_PASSWORD);
      await page.getByTestId('menu-audit').click();
      await page.getByTestId('audit-filter-username').fill('xinren');
      await page.getByTestId('audit-search').click();
      const table = page.getByTestId('audit-table');
      await table.getByText('xinren').first().waitFor();
      await table.getByText('登录', { exact: true }).first().waitFor();
      await page.screenshot({ path: 'e2e/screenshots/audit.png' });
    },
  },
  {
    name: 'phone width: sign in and open the org tree',
    viewport: { width: 390, height: 844 },
    async run(page, baseUrl) {
      await page.goto(baseUrl);
      await page.screenshot({ path: 'e2e/screenshots/login-phone.png' });
      await signIn(page, baseUrl, 'xiangzhen', DEMO_PASSWORD);
      await page.getByRole('button', { name: /菜单|menu/i }).first().click();
      await page.getByTestId('menu-orgs').click();
      await page.getByTestId('org-search').waitFor();
      await page.locator('.ant-drawer-open').waitFor({ state: 'detached' }).catch(() => undefined);
      await page.waitForTimeout(400);
      await page.screenshot({ path: 'e2e/screenshots/org-tree-phone.png' });
    },
  },
];
