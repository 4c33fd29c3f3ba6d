import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { residentIdCheckChar } from '../contracts/volunteers/resident-id';
import { demoOrgTree } from '../scripts/demo/org-tree';

/** One user journey through the web app. */
export interface Journey {
  name: string;
  viewport?: { width: number; height: number };
  /** Where the browser says it is, with the location permission granted. */
  geolocation?: { longitude: number; latitude: number };
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

// The lecture the clerk records and the reviewer approves; unique per run so the queue row is unambiguous.
const lectureTitle = `社区理论宣讲（浏览器测试 ${Date.now().toString(36)}）`;

/** Waits until toasts (the demo-account notice, "saved") are gone, so screenshots show the page itself. */
async function quietToasts(page: Page): Promise<void> {
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 12_000 })
    .catch(() => undefined);
}

/** A small PNG (a 2x2 red square) standing in for a phone photo of a reading room. */
function readingRoomPng(): Buffer {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');
}

/** The downloaded month sheet with visitors filled in on its first venue's row, as a clerk would fill it in Excel. */
async function fillFirstMonthRow(path: string | null, visitors: number): Promise<Buffer> {
  if (!path) throw new Error('the month sheet did not download');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.worksheets[0];
  if (!sheet || sheet.rowCount < 2) throw new Error('the month sheet lists no venue');
  sheet.getCell(2, 5).value = visitors;
  for (let r = 3; r <= sheet.rowCount; r++) for (let c = 5; c <= 7; c++) sheet.getCell(r, c).value = null;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Picks `option` in the antd Select marked with `testId`. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  const select = page.getByTestId(testId);
  // A click can land while the list is still sliding in; try again until the select shows the choice.
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
    // A long list renders only the options in view; a searchable select narrows to the one wanted.
    const shown = await item
      .waitFor({ timeout: 1_500 })
      .then(() => true)
      .catch(() => false);
    if (!shown) await page.keyboard.type(option);
    await item.waitFor();
    await page.waitForTimeout(200);
    await item.click();
    const chosen = await select
      .filter({ hasText: option })
      .waitFor({ timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (chosen) return;
  }
  throw new Error(`could not choose ${option} in ${testId}`);
}

// A village of the first demo district's first township, where the demo township clerk lectures in its squad.
const firstTownship = demoOrgTree().find((n) => n.level === 'township' && n.parentKey?.endsWith('419902'));
const lectureVillage = demoOrgTree().find((n) => n.level === 'village' && n.parentKey === firstTownship?.key);
if (!lectureVillage) throw new Error('the first demo township has no village');

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
      await details
        .getByText(village.code ?? '', { exact: false })
        .first()
        .waitFor();
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
      // The demo-account notice sits over the header on a phone until it fades.
      await quietToasts(page);
      await page
        .getByRole('button', { name: /菜单|menu/i })
        .first()
        .click();
      await page.getByTestId('menu-orgs').click();
      await page.getByTestId('org-search').waitFor();
      await page
        .locator('.ant-drawer-open')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.waitForTimeout(400);
      await page.screenshot({ path: 'e2e/screenshots/org-tree-phone.png' });
    },
  },
  {
    name: 'activities: a township clerk records a lecture through the generated form, attaches evidence and submits',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'xiangzhen', DEMO_PASSWORD);
      await page.getByTestId('menu-activities').click();
      await page.getByTestId('activity-new').click();
      await choose(page, 'activity-form-type', '理论宣讲');
      await page.getByTestId('activity-form-title').fill(lectureTitle);
      const [start, end] = await page.getByTestId('activity-form').locator('.ant-picker-range input').all();
      if (!start || !end) throw new Error('no time range inputs');
      await start.click();
      await start.fill('2023-11-20 09:00');
      await start.press('Enter');
      await end.fill('2023-11-20 11:00');
      await end.press('Enter');
      await choose(page, 'activity-field-lecture_troupe', '理论宣讲小分队');
      await page.getByTestId('activity-field-topic').fill('学习贯彻党的二十大精神');
      await choose(page, 'activity-field-mode', '线下');
      await page.getByTestId('activity-field-audience').fill('86');
      await page.waitForTimeout(400);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/activity-form.png' });
      await page.getByTestId('activity-form-save').click();
      const detail = page.getByTestId('activity-detail');
      await detail.getByText('草稿').first().waitFor();
      const png = await page.screenshot({ clip: { x: 0, y: 0, width: 48, height: 48 } });
      await page.getByTestId('activity-attachments').locator('input[type=file]').setInputFiles({ name: '宣讲现场.png', mimeType: 'image/png', buffer: png });
      await page.getByTestId('activity-attachments').getByText('宣讲现场.png').waitFor();
      await page.getByTestId('activity-submit').click();
      await detail.getByText('待审核').first().waitFor();
      await page.screenshot({ path: 'e2e/screenshots/activity-detail.png' });
      await page.keyboard.press('Escape');
      await page.getByTestId('activity-table').locator('.ant-table-row').first().waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/activity-list.png' });
      await page.getByTestId('activity-filter-q').fill(lectureTitle);
      await page.getByTestId('activity-search').click();
      await page.getByTestId('activity-table').getByText(lectureTitle).waitFor();
    },
  },
  {
    name: 'activities: a reviewer finds the lecture in the queue and approves it',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shenhe', DEMO_PASSWORD);
      await page.getByTestId('menu-review').click();
      const row = page.getByTestId('review-table').locator('tr', { hasText: lectureTitle });
      await row.waitFor();
      await page.waitForTimeout(500);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/review-queue.png' });
      await row.getByRole('button', { name: lectureTitle }).click();
      await page.getByTestId('activity-approve').waitFor();
      await page.waitForTimeout(600);
      await page.screenshot({ path: 'e2e/screenshots/review-detail.png' });
      await page.keyboard.press('Escape');
      await page.getByTestId('activity-approve').waitFor({ state: 'detached' });
      await row.locator('[data-testid^="review-approve-"]').click();
      await page.getByText('已审核通过').first().waitFor();
      await row.waitFor({ state: 'detached' });
    },
  },
  {
    name: 'theory: a township clerk records a study session of its group, with who attended, who was away and who spoke',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'xiangzhen', DEMO_PASSWORD);
      await page.getByTestId('menu-activities').click();
      await page.getByTestId('activity-new').click();
      await choose(page, 'activity-form-type', '理论学习中心组学习');
      await page.getByTestId('activity-form-title').fill('学习贯彻党的二十大精神专题学习（浏览器测试）');
      const [start, end] = await page.getByTestId('activity-form').locator('.ant-picker-range input').all();
      if (!start || !end) throw new Error('no time range inputs');
      await start.click();
      await start.fill('2023-11-21 09:00');
      await start.press('Enter');
      await end.fill('2023-11-21 11:00');
      await end.press('Enter');
      await choose(page, 'activity-field-study_group', '理论学习中心组');
      await page.getByTestId('activity-field-topic').fill('党的二十大精神');
      await page.waitForTimeout(400);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/study-session-form.png' });
      await page.getByTestId('activity-form-save').click();
      const attendance = page.getByTestId('session-attendance');
      await attendance.waitFor();
      await attendance.getByRole('radio', { name: '出席' }).nth(0).check();
      await attendance.locator('[data-testid^="attendance-spoke-"]').nth(0).check();
      await attendance.getByRole('radio', { name: '出席' }).nth(1).check();
      await attendance.getByRole('radio', { name: '缺席' }).nth(2).check();
      await attendance.locator('[data-testid^="attendance-reason-"]').first().fill('外出公务');
      await attendance.getByTestId('attendance-save').click();
      await attendance.getByText('出席 2 人').waitFor();
      await page.getByTestId('activity-detail').getByText('中心组学习参学人次：2').waitFor();
      await quietToasts(page);
      await attendance.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'e2e/screenshots/study-session-attendance.png' });
    },
  },
  {
    name: 'theory: the city admin reads the study groups and the yearly study board, lagging groups first',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-study-groups').click();
      await page.getByTestId('study-group-table').locator('.ant-table-row').first().waitFor();
      await page.getByTestId('study-group-table').getByText('市委理论学习中心组').first().waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/study-groups.png' });
      await page.getByTestId('menu-study-board').click();
      await page.getByTestId('study-board-table').locator('.ant-table-row').first().waitFor();
      await choose(page, 'study-board-year', '2023');
      await page.getByTestId('study-board-table').getByText('已达标').first().waitFor();
      await page.waitForTimeout(400);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/study-board.png', fullPage: true });
    },
  },
  {
    name: 'theory: the city publishes a first-agenda item, a township records a session studying it, and its follow-up turns green',
    async run(page, baseUrl) {
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
      const title = `习近平总书记重要讲话精神（浏览器测试 ${today}）`;
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-first-agenda').click();
      await page.getByTestId('first-agenda-table').locator('.ant-table-row').first().waitFor();
      await page.getByTestId('first-agenda-publish').click();
      await page.getByTestId('first-agenda-form-title').fill(title);
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/first-agenda-publish.png' });
      await page.getByTestId('first-agenda-form-save').click();
      await page.getByTestId('first-agenda-form').waitFor({ state: 'detached' });
      await page.getByTestId('first-agenda-table').getByText(title).waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/first-agenda-list.png' });
      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').click();
      await page.getByTestId('login-username').waitFor();

      await signIn(page, baseUrl, 'xiangzhen', DEMO_PASSWORD);
      await page.getByTestId('menu-activities').click();
      await page.getByTestId('activity-new').click();
      await choose(page, 'activity-form-type', '理论学习中心组学习');
      await page.getByTestId('activity-form-title').fill('“第一议题”学习（浏览器测试）');
      const [start, end] = await page.getByTestId('activity-form').locator('.ant-picker-range input').all();
      if (!start || !end) throw new Error('no time range inputs');
      await start.click();
      await start.fill(`${today} 00:05`);
      await start.press('Enter');
      await end.fill(`${today} 00:35`);
      await end.press('Enter');
      await choose(page, 'activity-field-study_group', '理论学习中心组');
      await page.getByTestId('activity-field-topic').fill('学习重要讲话精神');
      await choose(page, 'activity-field-first_agenda_item', title);
      await page.getByTestId('activity-form-save').click();
      await page.getByTestId('activity-submit').click();
      await page.getByTestId('activity-submit').waitFor({ state: 'detached' });
      await page.keyboard.press('Escape');

      await page.getByTestId('menu-first-agenda').click();
      await page.getByTestId('first-agenda-table').getByText(title).click();
      const board = page.getByTestId('first-agenda-follow-up');
      await board.getByTestId('first-agenda-follow-up-table').getByText('按时学习').waitFor();
      await board.getByTestId('first-agenda-totals').getByText('按时 1 · 逾期 0 · 未学 0').waitFor();
      await page.waitForTimeout(400);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/first-agenda-follow-up.png' });
    },
  },
  {
    name: 'lectures: a resident orders a lecture on the phone, staff dispatch it, the lecturer accepts and records it, and the resident rates it',
    viewport: { width: 390, height: 844 },
    async run(page, baseUrl) {
      const place = lectureVillage;
      if (!place) throw new Error('no village');
      await page.goto(`${baseUrl}/lecture-order`);
      await page.getByTestId('lecture-order-place').click();
      await page.keyboard.type(place.name);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: place.name }).first().click();
      await page.getByTestId('lecture-order-items').locator('.ant-radio-wrapper').filter({ hasText: '乡村振兴政策面对面' }).click();
      await page.getByTestId('lecture-order-name').fill('刘阿姨');
      await page.getByTestId('lecture-order-phone').fill('13955501234');
      await page.getByTestId('lecture-order-unit').fill('社区老年协会（浏览器测试）');
      await page.getByTestId('lecture-order-venue').fill('村党群服务中心二楼');
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/lecture-order-phone.png', fullPage: true });
      await page.getByTestId('lecture-order-submit').click();
      const code = ((await page.getByTestId('lecture-order-code').textContent()) ?? '').trim().slice(0, 12);
      if (code.length !== 12) throw new Error(`no tracking code: ${code}`);

      await page.setViewportSize({ width: 1280, height: 800 });
      await signIn(page, baseUrl, 'xian_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-lectures').click();
      await page.getByTestId('troupes-table').getByText('淇阳青年宣讲团').waitFor();
      await page.waitForTimeout(300);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/lecture-troupes.png' });
      await page.getByTestId('menu-lecture-requests').click();
      const table = page.getByTestId('lecture-requests-table');
      await table.getByText('社区老年协会（浏览器测试）').first().waitFor();
      await table.locator('.ant-table-row').filter({ hasText: '社区老年协会（浏览器测试）' }).first().getByText('乡村振兴政策面对面').click();
      const drawer = page.getByTestId('lecture-request-drawer');
      await choose(page, 'lecture-request-giver', `${firstTownship?.shortName ?? firstTownship?.name}理论宣讲小分队`);
      await drawer.getByTestId('lecture-request-dispatch-send').click();
      await drawer.getByTestId('lecture-request-status').getByText('已派单').waitFor();
      await page.waitForTimeout(300);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/lecture-request-dispatched.png' });
      await page.keyboard.press('Escape');
      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').click();
      await page.getByTestId('login-username').waitFor();

      await signIn(page, baseUrl, 'xiangzhen', DEMO_PASSWORD);
      await page.getByTestId('menu-lecture-requests').click();
      await page.getByTestId('lecture-requests-mine').click();
      await table.getByText('待我处理').first().waitFor();
      await table.locator('.ant-table-row').filter({ hasText: '社区老年协会（浏览器测试）' }).first().getByText('乡村振兴政策面对面').click();
      await drawer.getByTestId('lecture-request-accept').click();
      await drawer.getByTestId('lecture-request-status').getByText('已接单').waitFor();
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
      const [start, end] = await drawer.locator('.ant-picker-range input').all();
      if (!start || !end) throw new Error('no time range inputs');
      await start.click();
      await start.fill(`${today} 00:10`);
      await start.press('Enter');
      await end.fill(`${today} 00:50`);
      await end.press('Enter');
      await drawer.getByTestId('lecture-request-audience').fill('48');
      await drawer.getByTestId('lecture-request-deliver').click();
      await drawer.getByTestId('lecture-request-status').getByText('已宣讲').waitFor();
      await drawer.getByTestId('lecture-request-record').getByText('草稿').waitFor();
      await page.waitForTimeout(300);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/lecture-request-delivered.png' });

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}/lecture-order/${code}`);
      await page.getByTestId('lecture-track').getByText('已宣讲').first().waitFor();
      await page.getByTestId('lecture-track-rate').locator('.ant-rate-star').nth(4).click();
      await page.getByTestId('lecture-track-rate-send').click();
      await page.getByTestId('lecture-track').getByText('为这次宣讲打分').waitFor({ state: 'detached' });
      await page.screenshot({ path: 'e2e/screenshots/lecture-order-rated.png', fullPage: true });
    },
  },
  {
    name: 'honours: a resident nominates a good person on the phone, the county and the city approve, the notice runs, an objection is answered, a title is awarded and the count goes up by one',
    viewport: { width: 390, height: 844 },
    async run(page, baseUrl) {
      const place = lectureVillage;
      if (!place) throw new Error('no village');
      const nominee = `赵春华${Date.now().toString(36).slice(-3)}`;
      const year = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));
      await page.goto(`${baseUrl}/nominate`);
      await page
        .getByTestId('nominate-cycles')
        .locator('.ant-radio-wrapper')
        .filter({ hasText: `${year}年第四批` })
        .first()
        .click();
      await page.getByTestId('nominate-place').click();
      await page.keyboard.type(place.name);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: place.name }).first().click();
      await page.getByTestId('nominate-name').fill(nominee);
      await page.getByTestId('nominate-unit').fill(place.name);
      await page.getByTestId('nominate-summary').fill('二十年义务照看村里留守儿童');
      await page.getByTestId('nominate-deeds').fill('二十年来每天放学后在自家院里义务照看村里的留守儿童，辅导功课、管饭，从不收费，孩子们都叫她“赵妈妈”。');
      await page
        .getByTestId('nominate-files')
        .locator('input[type=file]')
        .setInputFiles({ name: '照看孩子.png', mimeType: 'image/png', buffer: readingRoomPng() });
      await page.getByTestId('nominate-files-file').first().waitFor();
      await page.getByTestId('nominate-nominator-name').fill('孙邻居');
      await page.getByTestId('nominate-nominator-phone').fill('13955507788');
      await page.getByTestId('nominate-consent').check();
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/honours-nominate-phone.png', fullPage: true });
      await page.getByTestId('nominate-submit').click();
      const code = ((await page.getByTestId('nominate-code').textContent()) ?? '').trim().slice(0, 12);
      if (code.length !== 12) throw new Error(`no tracking code: ${code}`);

      await page.setViewportSize({ width: 1280, height: 800 });
      const table = page.getByTestId('nominations-table');
      const drawer = page.getByTestId('nomination-drawer');
      const openNominee = async (name: string) => {
        await table.getByText(name).first().waitFor();
        await table.locator('.ant-table-row').filter({ hasText: name }).first().locator('[data-testid^="nomination-open-"]').click();
        await drawer.waitFor();
      };
      const signOut = async () => {
        await page.keyboard.press('Escape');
        await page.getByTestId('user-menu').click();
        await page.getByTestId('logout').click();
        await page.getByTestId('login-username').waitFor();
      };
      await signIn(page, baseUrl, 'xian_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-nominations').click();
      await page.getByTestId('nominations-mine').click();
      await openNominee(nominee);
      await drawer.getByTestId('nomination-approve').click();
      await drawer.getByText('市级审核').first().waitFor();
      await signOut();

      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-nominations').click();
      await openNominee(nominee);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/honours-nomination-review.png' });
      await drawer.getByTestId('nomination-approve').click();
      await drawer.getByText('审核通过').first().waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('notice-publish').click();
      await choose(page, 'notice-publish-cycle', `${year}年第四批`);
      await page.getByTestId('notice-publish-save').click();
      await table.locator('.ant-table-row').filter({ hasText: nominee }).getByText('公示中').waitFor();
      await signOut();

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}/notices`);
      await page.getByText(`${year}年第四批`).first().click();
      const candidate = page.locator('[data-testid^="public-candidate-"]').filter({ hasText: nominee });
      await candidate.locator('[data-testid^="objection-open-"]').click();
      await page.getByTestId('objection-name').fill('钱某');
      await page.getByTestId('objection-phone').fill('13955509911');
      await page.getByTestId('objection-reason').fill('听说她家收过部分家长的钱，请核实是否属实。');
      await page.getByTestId('objection-submit').click();
      await page.getByTestId('objection-code').waitFor();
      await page.screenshot({ path: 'e2e/screenshots/honours-notice-objection-phone.png', fullPage: true });

      await page.setViewportSize({ width: 1280, height: 800 });
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-nominations').waitFor();
      const cityId = ((await (await page.request.get(`${baseUrl}/api/orgs/roots`)).json()) as { id: number }[])[0]?.id;
      const goodPeople = async () => {
        const res = await page.request.get(`${baseUrl}/api/stats/indicators/evaluate?orgId=${cityId}&kind=year&year=${year}&codes=city_good_people`);
        return ((await res.json()) as { values: { value: number | null }[] }).values[0]?.value ?? -1;
      };
      const before = await goodPeople();
      await page.getByTestId('menu-nominations').click();
      await openNominee(nominee);
      await drawer.getByTestId('objection-answer-text').fill('经走访核实，其照看留守儿童从未收费，异议不成立。');
      await drawer.getByTestId('objection-answer').click();
      await drawer.getByText('异议不成立').first().waitFor();
      await page.keyboard.press('Escape');
      // A nominee of the demo round whose notice closed yesterday, with one objection still to answer.
      const waiting = (await (await page.request.get(`${baseUrl}/api/honours/notices`)).json()) as {
        endsOn: string;
        open: boolean;
        candidates: { nomineeName: string; openObjections: number }[];
      }[];
      const closedNotice = waiting.find((n) => !n.open && n.candidates.some((c) => c.openObjections > 0));
      const decided = closedNotice?.candidates.find((c) => c.openObjections > 0)?.nomineeName;
      if (!decided) throw new Error('no closed notice waiting for an answer');
      await openNominee(decided);
      await drawer.getByTestId('objection-answer-text').fill('经核实，事迹时间系材料笔误，已更正，异议不成立。');
      await drawer.getByTestId('objection-answer').click();
      await drawer.getByTestId('nomination-award-document-no').fill('市文明委〔2026〕12号');
      await drawer
        .getByTestId('nomination-award-document')
        .locator('input[type=file]')
        .setInputFiles({ name: '命名文件.png', mimeType: 'image/png', buffer: readingRoomPng() });
      await drawer.getByTestId('nomination-award-document-file').first().waitFor();
      await drawer.getByTestId('nomination-award').click();
      await drawer.getByText('已授予').first().waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/honours-nomination-awarded.png' });
      const after = await goodPeople();
      if (after !== before + 1) throw new Error(`city good people went from ${before} to ${after}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('menu-role-models').click();
      await page.getByTestId('role-models-table').getByText(decided).first().waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/honours-role-models.png' });
      await page.getByTestId('menu-honours-register').click();
      await page.getByTestId('honours-table').getByText('全省兴文化课题结项评选').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/honours-register.png' });
      await page.getByTestId('menu-star-households').click();
      await page.getByTestId('star-households-table').locator('.ant-table-row').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/honours-star-households.png' });
      await page.getByTestId('menu-pairings').click();
      await page.getByTestId('pairings-table').locator('.ant-table-row').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/honours-pairings.png' });

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}/role-models`);
      await page.getByTestId('public-role-models-table').getByText(decided).first().waitFor();
      await page.screenshot({ path: 'e2e/screenshots/honours-public-role-models.png', fullPage: false });
      await page.goto(`${baseUrl}/nominate/${code}`);
      await page.getByText('公示中').first().waitFor();
    },
  },
  {
    name: 'exams: the department sets a quiz from its bank, and a cadre takes it on the phone and sees the result',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-questions').click();
      await page.getByTestId('questions-table').locator('.ant-table-row').first().waitFor();
      await page.waitForTimeout(400);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/exam-question-bank.png' });

      // The quiz is set through the API the exam form calls; its form and the results are looked at below.
      const title = `随堂测验（浏览器测试 ${Date.now().toString(36)}）`;
      // page.request shares the browser's cookies: it is the signed-in admin's session.
      const api = page.request;
      const getJson = async <T>(url: string): Promise<T> => (await api.get(`${baseUrl}${url}`)).json() as Promise<T>;
      const session = await getJson<{ csrfToken: string }>('/api/auth/me');
      const exams = await getJson<{ items: { id: number; org: { id: number } }[] }>('/api/theory/exams?q=2023');
      const year = exams.items[0];
      if (!year) throw new Error('no demo exam');
      const results = await getJson<{ people: { user: { id: number; name: string } }[] }>(`/api/theory/exams/${year.id}/results`);
      // ganbu01, the first demo cadre of the city's department.
      const cadre = results.people.find((p) => p.user.name === '王晓东');
      if (!cadre) throw new Error('no demo cadre ganbu01');
      const bank = async (kind: string, n: number) =>
        (await getJson<{ items: { id: number }[] }>(`/api/theory/questions?orgId=${year.org.id}&kind=${kind}&pageSize=${n}`)).items;
      const items = [...(await bank('single', 3)), ...(await bank('true_false', 2))].map((q) => ({ questionId: q.id, points: 20 }));
      const set = await api.post(`${baseUrl}/api/theory/exams`, {
        headers: { 'x-csrf-token': session.csrfToken },
        data: {
          orgId: year.org.id,
          title,
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          timeLimitMinutes: 20,
          passScore: 60,
          certificate: true,
          selection: { mode: 'fixed', items },
          candidateIds: [cadre.user.id],
        },
      });
      if (!set.ok()) throw new Error(await set.text());
      const created = { yearExam: year.id };
      await page.goto(`${baseUrl}/theory/exams?exam=${created.yearExam}`);
      const drawer = page.getByTestId('exam-drawer');
      await drawer.getByTestId('exam-people').locator('.ant-table-row').first().waitFor();
      await page.waitForTimeout(400);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/exam-results.png' });
      await drawer.getByRole('tab').nth(2).click();
      await drawer.getByTestId('exam-items').locator('.ant-table-row').first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/exam-item-analysis.png' });
      await page.keyboard.press('Escape');
      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').click();
      await page.getByTestId('login-username').waitFor();

      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(page, baseUrl, 'ganbu01', DEMO_PASSWORD);
      await page.getByTestId('user-menu').waitFor();
      await page.goto(`${baseUrl}/my/exams`);
      await page.getByTestId('my-exams').waitFor();
      const card = page.locator('[data-testid^="my-exam-"]').filter({ hasText: title });
      await card.getByTestId('exam-start').click();
      await page.getByTestId('exam-start-confirm').click();
      await page.getByTestId('exam-sheet').waitFor();
      for (let pos = 1; pos <= 5; pos++) {
        const q = page.getByTestId(`exam-q-${pos}`);
        const option = q.locator(`[data-testid^="exam-q-${pos}-opt-"]`);
        if ((await option.count()) > 0) await option.first().check();
        else await q.getByTestId(`exam-q-${pos}-truth-true`).check();
      }
      await page.locator('[data-testid="exam-save-state"][data-state="saved"]').waitFor();
      await page.getByTestId('exam-q-1').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/exam-taking-phone.png' });
      await page.getByTestId('exam-submit').click();
      await page.getByTestId('exam-submit-confirm').click();
      const result = page.getByTestId('exam-result');
      await result.waitFor();
      await result.getByTestId('exam-result-score').waitFor();
      if ((await result.getAttribute('data-status')) !== 'marked') throw new Error('an objective quiz is marked at once');
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/exam-result-phone.png', fullPage: true });
    },
  },
  {
    name: 'dashboard: a headline figure lists its records, and the breakdown drills from city to a county',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-dashboard').click();
      // The dashboard opens on the latest year with data (the demo volunteers' 2026); the demo ledger is 2022–2023.
      // That year arrives with the first figures and may land while the year is being typed: type again until it holds.
      await page.getByText(/\d{4} 年主要数据/).waitFor();
      const yearInput = page.locator('[data-testid="dashboard-year"] input, input[data-testid="dashboard-year"]').first();
      for (let attempt = 0; attempt < 3; attempt++) {
        await yearInput.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('2023');
        await page.keyboard.press('Enter');
        const held = await page
          .getByText('2023 年主要数据', { exact: false })
          .waitFor({ timeout: 5000 })
          .then(() => true)
          .catch(() => false);
        if (held) break;
      }
      await page.getByText('2023 年主要数据', { exact: false }).waitFor();
      const lectures = page.getByTestId('headline-value-lectures');
      await lectures.waitFor();
      await page.getByTestId('breakdown-table').locator('.ant-table-row').first().waitFor();
      await page.waitForTimeout(800);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/dashboard.png' });
      await lectures.click();
      const drill = page.getByTestId('drill-drawer');
      await drill.getByTestId('drill-record-link').first().waitFor();
      await page.waitForTimeout(500);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/dashboard-drill.png' });
      await drill.locator('.ant-drawer-close').click();
      await drill.waitFor({ state: 'hidden' });
      const county = page.getByTestId('breakdown-down').first();
      const countyName = (await county.textContent())?.trim() ?? '';
      await county.click();
      await page.getByTestId('breakdown-current').filter({ hasText: countyName }).waitFor();
      await page.getByTestId('breakdown-table').locator('.ant-table-row').first().waitFor();
      await page.waitForTimeout(800);
      // The card's top goes just below the fixed header, so the picture starts at its breadcrumb.
      await page.getByTestId('breakdown').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 72));
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'e2e/screenshots/dashboard-county.png' });
      await page.getByTestId('breakdown-table').getByTestId('breakdown-down').first().click();
      await page.getByTestId('breakdown-current').filter({ hasNotText: countyName }).waitFor();
      await lectures.click();
      await drill.getByTestId('drill-record-link').first().click();
      await page.getByTestId('activity-detail').getByText('已通过').first().waitFor();
    },
  },
  {
    name: 'phone width: the dashboard',
    viewport: { width: 390, height: 844 },
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('headline-value-lectures').waitFor();
      await page.waitForTimeout(800);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/dashboard-phone.png' });
    },
  },
  {
    name: 'work report: generate the 2023 report of the city, open a figure or see what is missing, then check a template',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-reports').click();
      await page.getByTestId('report-year').locator('input').fill('2023');
      await page.getByTestId('report-generate').click();
      const preview = page.getByTestId('report-preview');
      await preview.getByText('关于2023年全市宣传思想工作总结报告').waitFor({ timeout: 20_000 });
      await preview.getByText('一、高扬伟大思想旗帜', { exact: false }).waitFor();
      // Registries no module keeps yet (media breakthroughs) are marked, never filled in; venues give the reading rooms.
      await page.getByTestId('figure-missing-media_breakthroughs').waitFor();
      await preview.getByText('101座', { exact: false }).first().waitFor();
      const link = page.getByTestId('figure-online_lectures');
      if ((await link.count()) > 0) {
        await link.click();
        await page.getByTestId('drill-drawer').getByText('online_lectures').waitFor();
        await page.keyboard.press('Escape');
      }
      await quietToasts(page);
      await preview.getByText('关于2023年全市宣传思想工作总结报告').scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'e2e/screenshots/report-preview.png' });
      // A count of a register (landmark reading rooms) opens the venue list filtered to the rows it counted.
      await page.getByTestId('figure-landmark_reading_rooms').first().click();
      await page.getByTestId('drill-links').getByRole('link').first().click();
      await page.getByTestId('venue-table').waitFor();
      await page.getByText('共 26 条').waitFor();
      await page.getByTestId('menu-report-template').click();
      const editor = page.getByTestId('template-editor');
      await editor.waitFor();
      await page.getByTestId('template-valid').waitFor();
      await editor.press('Control+End');
      await editor.pressSequentially('{reading_room}');
      await page.getByTestId('template-problems').getByText('没有名为“reading_room”的数据项', { exact: false }).waitFor();
      await page.screenshot({ path: 'e2e/screenshots/report-template.png' });
    },
  },
  {
    name: 'venues: the list, the clustered map and the coverage of practice stations',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-venues').click();
      await page.locator('.ant-table-row').first().waitFor();
      await page.getByRole('tab', { name: '地图' }).click();
      await page.getByTestId('venue-map').waitFor();
      await page.getByText('共 7058 处', { exact: false }).waitFor();
      await page.waitForTimeout(1500);
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/venues-map.png' });
      await page.getByRole('tab', { name: '覆盖情况' }).click();
      await page.getByTestId('coverage-total').getByText('覆盖率 100%', { exact: false }).waitFor();
      await page.screenshot({ path: 'e2e/screenshots/venues-coverage.png' });
      // A reading room's month: entered once, shown beside the months not reported.
      await page.getByRole('tab', { name: '列表' }).click();
      await choose(page, 'venue-kind', '城市书房');
      await page.locator('.ant-table-row').first().locator('a').first().click();
      const months = page.getByTestId('venue-months');
      await months.waitFor();
      await months.getByText('未填报').first().waitFor();
      await months.getByRole('button', { name: '填报' }).first().click();
      const dialog = page.locator('.ant-modal:visible');
      await dialog.locator('input').first().fill('321');
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await months.getByText('321').waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/venue-months.png' });
      await page.keyboard.press('Escape');
      // A new station, then the same one again a few metres away: the second asks first, and saves when confirmed.
      const station = `浏览器测试实践站${Date.now().toString(36)}`;
      for (const [lng, confirm] of [
        ['114.05', false],
        ['114.05005', true],
      ] as const) {
        await page.getByTestId('venue-create').click();
        await choose(page, 'venue-form-kind', '新时代文明实践站');
        await page.getByTestId('venue-form-name').fill(station);
        await page.getByTestId('venue-form-address').fill('淇川市人民路1号');
        await page.getByTestId('venue-form-lng').fill(lng);
        await page.getByTestId('venue-form-lat').fill('35.3');
        await page.getByTestId('venue-form-save').click();
        if (confirm) {
          const ask = page.locator('.ant-modal-confirm:visible');
          await ask.getByText('20 米内已有同类型、同名称的阵地', { exact: false }).waitFor();
          await ask.getByRole('button', { name: '仍然保存' }).click();
        }
        await page.getByTestId('venue-form').waitFor({ state: 'hidden' });
      }
    },
  },
  {
    name: 'venues: correct a reading room, see its manager’s phone with a reason, add a photo, and report a month by Excel',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-venues').click();
      await choose(page, 'venue-kind', '城市书房');
      await page.locator('.ant-table-row').first().locator('a').first().click();
      const drawer = page.getByTestId('venue-drawer');
      await drawer.waitFor();
      await page.getByTestId('venue-edit').click();
      const form = page.getByTestId('venue-form');
      await form.getByPlaceholder('09:00-17:00').fill('周二至周日 09:00-20:00');
      await page.getByTestId('venue-form-phone').fill('13800138000');
      await page.getByTestId('venue-form-save').click();
      await form.waitFor({ state: 'hidden' });
      await drawer.getByText('周二至周日 09:00-20:00').waitFor();
      await page.getByTestId('venue-manager').getByText('138****8000').waitFor();
      await page.getByTestId('venue-reveal').click();
      await page.getByTestId('venue-reveal-reason').fill('电话联系负责人核实延长开放时间');
      await page
        .locator('.ant-modal:visible')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click();
      await page.getByTestId('venue-phone-full').getByText('13800138000').waitFor();
      await page
        .getByTestId('venue-photos')
        .locator('input[type=file]')
        .setInputFiles({ name: '书房外景.png', mimeType: 'image/png', buffer: readingRoomPng() });
      await page.getByTestId('venue-photos').locator('img').first().waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/venue-detail.png' });
      await page.keyboard.press('Escape');
      // The month sheet comes prefilled with the rooms this user reports for; one figure is filled in and the sheet goes back.
      await page.getByTestId('menu-venue-import').click();
      await page.getByRole('tab', { name: '月度数据' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('venue-months-template').click()]);
      const sheet = await fillFirstMonthRow(await download.path(), 1234);
      await page.getByTestId('venue-months-drop').locator('input[type=file]').setInputFiles({
        name: '城市书房月报.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: sheet,
      });
      await page.getByTestId('venue-import-done').getByText('已导入 1 行').waitFor();
      await page.screenshot({ path: 'e2e/screenshots/venue-import.png' });
    },
  },
  {
    name: 'volunteers: register a volunteer with a resident ID, see the second registration refused, then a team and a project sign-up',
    async run(page, baseUrl) {
      const first17 = '41010219900512003';
      const idNumber = `${first17}${residentIdCheckChar(first17)}`;
      const name = `浏览器测试志愿者${Date.now().toString(36).slice(-4)}`;
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-volunteers').click();
      await page.getByTestId('volunteer-table').waitFor();
      const form = page.getByTestId('volunteer-form');
      const fillRegistration = async () => {
        await page.getByTestId('volunteer-create').click();
        await page.getByTestId('volunteer-form-name').fill(name);
        await page.getByTestId('volunteer-form-id-number').fill(idNumber);
        await form.getByText('出生日期 1990-05-12，性别 男', { exact: false }).waitFor();
        await page.getByTestId('volunteer-form-phone').fill('13912345678');
        await page.getByTestId('volunteer-form-home').click();
        await page.keyboard.type(village.name);
        await page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper').filter({ hasText: village.name }).first().click();
        await form.getByText('本人已阅读并同意', { exact: false }).click();
        await page.getByTestId('volunteer-form-save').click();
      };
      await fillRegistration();
      const drawer = page.getByTestId('volunteer-drawer');
      await drawer.getByText('4101**********', { exact: false }).waitFor();
      await page.getByTestId('volunteer-reveal-idNumber').click();
      await page.getByTestId('volunteer-reveal-reason').fill('核对志愿服务证明上的证件号码');
      await page
        .locator('.ant-modal:visible')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click();
      await page.getByTestId('volunteer-full-idNumber').getByText(idNumber).waitFor();
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      // The same person again: refused, with the way to the account that exists.
      await fillRegistration();
      await page.getByTestId('volunteer-form-error').getByText('该证件号码已注册为志愿者', { exact: false }).waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/volunteers.png' });
      await page.keyboard.press('Escape');
      // A team takes the volunteer in: a join request made for them, then approved.
      const team = `浏览器测试服务队${Date.now().toString(36).slice(-4)}`;
      await page.getByTestId('menu-volunteer-teams').click();
      await page.getByTestId('team-create').click();
      await page.getByTestId('team-form-name').fill(team);
      await page.getByTestId('team-form-save').click();
      await page.getByTestId('team-form').waitFor({ state: 'hidden' });
      // The demo city's teams fill many pages; the new one is found by its name.
      await page.getByPlaceholder('队伍名称').fill(team);
      await page.getByPlaceholder('队伍名称').press('Enter');
      await page.getByTestId('team-table').getByText(team).click();
      const pickBySearch = async (testId: string, text: string) => {
        await page.getByTestId(testId).click();
        await page.keyboard.type(text);
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
      };
      const pickVolunteer = (testId: string) => pickBySearch(testId, name);
      await pickVolunteer('member-picker');
      await page.getByTestId('member-add').click();
      await page.getByTestId('team-pending').getByText(name, { exact: false }).waitFor();
      await page.getByTestId('member-approve').click();
      await page.getByTestId('team-members').getByText('已入队').waitFor();
      await page.keyboard.press('Escape');
      // A project of that team with one slot, and the volunteer signed up for it.
      const project = `浏览器测试清洁家园${Date.now().toString(36).slice(-4)}`;
      await page.getByTestId('menu-volunteer-projects').click();
      await page.getByTestId('project-create').click();
      await page.getByTestId('project-form-title').fill(project);
      await pickBySearch('project-form-team', team);
      const [start, end] = await page.getByTestId('project-form').locator('.ant-picker-range input').all();
      if (!start || !end) throw new Error('no slot time inputs');
      await start.click();
      await start.fill('2099-03-05 09:00');
      await start.press('Enter');
      await end.fill('2099-03-05 11:30');
      await end.press('Enter');
      await page.getByTestId('project-form-save').click();
      await page.getByTestId('project-form').waitFor({ state: 'hidden' });
      await page.getByTestId('project-table').getByText(project).click();
      await pickVolunteer('signup-picker');
      await page.getByTestId('signup-add').click();
      await page.getByTestId('project-slots').getByText('已报 1 / 10').waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/volunteer-project.png' });
    },
  },
  {
    name: 'volunteer app: register on the phone, sign in with the number, sign up for a project and check in with the organiser’s QR code',
    viewport: { width: 390, height: 844 },
    geolocation: { longitude: 114.0, latitude: 35.3 },
    async run(page, baseUrl) {
      const stamp = Date.now().toString(36).slice(-4);
      const first17 = '41010219950820004';
      const idNumber = `${first17}${residentIdCheckChar(first17)}`;
      const phone = '13800138126';
      const password = 'Zhiyuan#2026';
      const project = `浏览器测试邻里守望${stamp}`;
      // The organiser works on a phone of their own: another browser context, signed in as staff.
      const browser = page.context().browser();
      if (!browser) throw new Error('no browser behind the page');
      const staffContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } });
      try {
        const staff = await staffContext.newPage();
        staff.setDefaultTimeout(20_000);
        await signIn(staff, baseUrl, 'shi_admin', DEMO_PASSWORD);
        await staff.getByRole('button', { name: /菜单|menu/i }).waitFor();
        const session = (await (await staff.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string; me: { entryScope: { id: number }[] } };
        // The city itself (the staff member's own org is the department): every community lies below it.
        const city = session.me.entryScope[0];
        if (!city) throw new Error('shi_admin has no entry scope');
        const created = await staff.request.post(`${baseUrl}/api/volunteer-projects`, {
          headers: { 'x-csrf-token': session.csrfToken },
          data: {
            orgId: city.id,
            title: project,
            category: 'elderly_care',
            description: '陪伴社区独居老人聊天、读报',
            slots: [{ startsAt: '2099-06-01T01:00:00Z', endsAt: '2099-06-01T03:30:00Z', headcount: 5 }],
          },
        });
        if (!created.ok()) throw new Error(`project not created: ${created.status()} ${await created.text()}`);

        // The volunteer registers themselves, without an account.
        await page.goto(`${baseUrl}/join`);
        await page.getByTestId('join-name').fill(`浏览器测试张${stamp}`);
        await page.getByTestId('join-id-number').fill(idNumber);
        await page.getByText('出生日期 1995-08-20，性别 女', { exact: false }).waitFor();
        await page.getByTestId('join-phone').fill(phone);
        await page.getByTestId('join-community').click();
        await page.keyboard.type(village.name);
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: village.name }).first().click();
        await page.getByTestId('join-password').fill(password);
        await page.getByTestId('join-password2').fill(password);
        await page.getByTestId('join-consent').check();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: 'e2e/screenshots/volunteer-join.png' });
        await page.getByTestId('join-submit').click();
        await page.getByTestId('join-done').getByText(`使用手机号码 ${phone}`, { exact: false }).waitFor();

        // Signing in with the phone lands in the volunteer app, where the project recruits.
        await page.getByTestId('join-to-login').click();
        await page.getByTestId('login-username').fill(phone);
        await page.getByTestId('login-password').fill(password);
        await page.getByTestId('login-submit').click();
        await page.getByTestId('vapp-who').waitFor();
        const card = page.getByTestId('vapp-project').filter({ hasText: project });
        await card.getByTestId('vapp-signup').click();
        await card.getByText('已报名').waitFor();
        await quietToasts(page);
        await page.screenshot({ path: 'e2e/screenshots/volunteer-app.png' });

        // The organiser opens the slot's check-in code; the volunteer, without a camera here, pastes its text.
        await staff.goto(`${baseUrl}/volunteer-projects`);
        await staff.getByTestId('project-table').getByText(project).click();
        await staff.getByTestId('checkin-qr-open').click();
        await staff.getByTestId('checkin-qr-image').waitFor();
        const token = (await staff.getByTestId('checkin-qr-token').textContent())?.trim() ?? '';
        if (!token) throw new Error('no check-in token shown');
        // The modal zooms in; the picture is of it in place.
        await staff.waitForTimeout(600);
        await staff.screenshot({ path: 'e2e/screenshots/checkin-qr.png' });

        await page.getByTestId('vtab-scan').click();
        await page.getByTestId('vapp-token').fill(token);
        await page.getByTestId('vapp-token-send').click();
        await page.getByTestId('vapp-scan-result').getByText('签到成功').waitFor();
        await page.getByTestId('vapp-scan-result').getByText(project).waitFor();
        await page.screenshot({ path: 'e2e/screenshots/volunteer-checkin.png' });

        await page.getByTestId('vtab-me').click();
        await page.getByTestId('vapp-my-signups').getByText(project).waitFor();
        await page.getByTestId('vtab-store').click();
        await page.getByTestId('vapp-store-balance').getByText('0').waitFor();

        // The demo volunteer has served since 2024: hours, points and their ledger, and the store to spend them in.
        await page.getByTestId('vapp-logout').click();
        await signIn(page, baseUrl, '13700000001', DEMO_PASSWORD);
        await page.getByTestId('vtab-me').click();
        await page.getByTestId('vapp-my-signups').locator('.ant-list-item').first().waitFor();
        await page.getByTestId('vapp-certificates').waitFor();
        await quietToasts(page);
        await page.screenshot({ path: 'e2e/screenshots/volunteer-me.png' });
        await page.getByTestId('vtab-store').click();
        const item = page
          .getByTestId('vapp-reward')
          .filter({ has: page.getByRole('button', { name: /^兑\s*换$/ }) })
          .first();
        await item.getByRole('button', { name: /^兑\s*换$/ }).click();
        await page
          .locator('.ant-popconfirm:visible')
          .getByRole('button', { name: /确\s*定|OK/ })
          .click();
        await page.locator('.ant-message-notice').getByText('已兑换', { exact: false }).waitFor();
        await page.screenshot({ path: 'e2e/screenshots/volunteer-store.png' });
      } finally {
        await staffContext.close();
      }
    },
  },
  {
    name: 'residents request a service: a nearby station’s menu, the request without an account, and its progress by the tracking code',
    viewport: { width: 390, height: 844 },
    geolocation: { longitude: 114.0, latitude: 35.3 },
    async run(page, baseUrl) {
      const item = `上门理发（浏览器测试${Date.now().toString(36).slice(-4)}）`;
      // Staff put an item on the menu of the station nearest to the resident.
      const stations = (await (await page.request.get(`${baseUrl}/api/public/venues?lng=114&lat=35.3&radiusKm=5&kindCode=practice_station`)).json()) as {
        id: number;
        name: string;
      }[];
      const station = stations[0];
      if (!station) throw new Error('no practice station near the resident');
      const browser = page.context().browser();
      if (!browser) throw new Error('no browser behind the page');
      // Staff and the team leader work through the API, each in a context of their own.
      const signedIn = async (username: string) => {
        const context = await browser.newContext();
        const login = await context.request.post(`${baseUrl}/api/auth/login`, { data: { username, password: DEMO_PASSWORD } });
        const { csrfToken } = (await login.json()) as { csrfToken: string };
        const call = async <T>(method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> => {
          const res = await context.request.fetch(`${baseUrl}/api${path}`, { method, headers: { 'x-csrf-token': csrfToken }, ...(data ? { data } : {}) });
          if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
          return (await res.json()) as T;
        };
        return { context, call };
      };
      const staff = await signedIn('shi_admin');
      const leader = await signedIn('13700000001');
      await staff.call('POST', '/service-menu-items', {
        venueId: station.id,
        category: 'elderly_care',
        name: item,
        description: '志愿者上门为行动不便的老人理发',
      });

      await page.goto(`${baseUrl}/request`);
      await page.getByTestId('request-locate').click();
      await page.getByTestId('request-stations').getByText(station.name).first().click();
      await page.getByTestId('request-items').getByText(item).click();
      await page.getByTestId('request-name').fill('王阿姨');
      await page.getByTestId('request-phone').fill('13900139000');
      await page.getByTestId('request-address').fill('花园小区 3 号楼 2 单元 501');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: 'e2e/screenshots/request-form.png' });
      await page.getByTestId('request-submit').click();
      const code = (await page.getByTestId('request-tracking-code').textContent())?.trim().slice(0, 12) ?? '';
      if (code.length !== 12) throw new Error(`no tracking code: ${code}`);
      await page.goto(`${baseUrl}/request/${code}`);
      await page.getByTestId('track-order').getByText(item).waitFor();
      await page.getByTestId('track-order').getByText('待审核').waitFor();

      // Staff dispatch it to the team the demo volunteer leads; they accept and complete it; the resident rates it.
      try {
        const me = await leader.call<{ id: number; homeOrg: { id: number } }>('GET', '/me/volunteer');
        const teams = await staff.call<{ items: { id: number }[] }>('GET', `/volunteer-teams?orgId=${me.homeOrg.id}&kind=practice&pageSize=50`);
        let teamId: number | undefined;
        for (const team of teams.items) {
          const members = await staff.call<{ volunteerId: number; role: string }[]>('GET', `/volunteer-teams/${team.id}/members`);
          if (members.some((m) => m.volunteerId === me.id && m.role === 'leader')) teamId = team.id;
        }
        if (teamId === undefined) throw new Error('the demo volunteer leads no team');
        const orders = await staff.call<{ items: { id: number }[] }>('GET', `/service-orders?venueId=${station.id}`);
        const orderId = orders.items[0]?.id;
        if (orderId === undefined) throw new Error('the request is not in the station’s orders');
        await staff.call('POST', `/service-orders/${orderId}/review`, { decision: 'dispatch', teamId });
        await leader.call('POST', `/service-orders/${orderId}/accept`, { teamId });
        await leader.call('POST', `/service-orders/${orderId}/complete`, { summary: '志愿者上门为王阿姨理发，老人很满意' });
      } finally {
        await staff.context.close();
        await leader.context.close();
      }
      await page.reload();
      await page.getByTestId('track-order').getByText('已完成').first().waitFor();
      await page.getByTestId('track-rate').locator('.ant-rate-star').nth(4).click();
      await page.getByPlaceholder('说说您的感受', { exact: false }).fill('师傅手艺好，很耐心');
      await page.getByTestId('track-rate-send').click();
      await page.getByTestId('track-rate-send').waitFor({ state: 'detached' });
      await page.screenshot({ path: 'e2e/screenshots/request-track.png' });
    },
  },
  {
    name: 'certificates: a city admin certifies a demo volunteer’s service as Word, and its QR page checks it without signing in',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-volunteers').click();
      const lookup = page.getByPlaceholder('证件号码或手机号（精确查找）');
      await lookup.fill('13700000001');
      await lookup.press('Enter');
      await page.getByTestId('volunteer-table').locator('.ant-table-row').first().locator('a').first().click();
      await page.getByTestId('certificate-issue').click();
      await page.getByTestId('certificate-person').fill('张书记');
      await page.getByTestId('certificate-handler').fill('李干事');
      await page.getByTestId('certificate-contact').fill('0371-66668888');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .locator('.ant-modal:visible')
          .getByRole('button', { name: /确\s*定|OK/ })
          .click(),
      ]);
      if (!download.suggestedFilename().endsWith('.docx')) throw new Error(`the certificate downloaded as ${download.suggestedFilename()}`);
      await page.getByTestId('volunteer-certificates').locator('.ant-list-item').first().waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/volunteer-certificate.png' });
      // The QR code's address, read back as the printed certificate carries it, opened on a phone without signing in.
      const found = (await (await page.request.get(`${baseUrl}/api/volunteers?phone=13700000001`)).json()) as { items: { id: number }[] };
      const certificates = (await (await page.request.get(`${baseUrl}/api/volunteers/${found.items[0]?.id}/certificates`)).json()) as { verifyUrl: string }[];
      const path = new URL(certificates[0]?.verifyUrl ?? '').pathname;
      await page.keyboard.press('Escape');
      await page.getByTestId('logout').click();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}${path}`);
      await page.getByTestId('verify-page').getByText('证明有效').waitFor();
      await page.screenshot({ path: 'e2e/screenshots/certificate-verify.png' });
    },
  },
  {
    name: 'service orders: staff dispatch a resident’s request from the orders page, and the team’s leader accepts it in the volunteer app',
    async run(page, baseUrl) {
      await signIn(page, baseUrl, 'shi_admin', DEMO_PASSWORD);
      await page.getByTestId('menu-service-orders').waitFor();
      // A menu item at the demo volunteer's community station and a resident's request for it, as on the request page.
      const { csrfToken } = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
      const get = async <T>(path: string) => (await (await page.request.get(`${baseUrl}/api${path}`)).json()) as T;
      const leader = await get<{ items: { homeOrg: { id: number } }[] }>('/volunteers?phone=13700000001');
      const home = leader.items[0]?.homeOrg.id ?? 0;
      const team = await get<{ items: { name: string }[] }>(
        `/volunteer-teams?orgId=${home}&kind=practice&q=${encodeURIComponent('新时代文明实践志愿服务队')}&pageSize=1`,
      );
      const station = await get<{ items: { id: number }[] }>(`/venues?orgId=${home}&kindCode=practice_station&pageSize=1`);
      const item = (await (
        await page.request.post(`${baseUrl}/api/service-menu-items`, {
          headers: { 'x-csrf-token': csrfToken },
          data: {
            venueId: station.items[0]?.id,
            category: 'elderly_care',
            name: `上门理发${Date.now().toString(36)}`,
            description: '为行动不便的老人上门理发',
          },
        })
      ).json()) as { id: number };
      const wishedOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      const placed = await page.request.post(`${baseUrl}/api/public/service-orders`, {
        data: { menuItemId: item.id, name: '王奶奶', phone: '13855556666', address: '幸福路8号2单元', wishedOn, note: '腿脚不便，请上门' },
      });
      if (!placed.ok()) throw new Error(await placed.text());
      await page.getByTestId('menu-service-orders').click();
      await page.getByTestId('orders-table').getByText('王奶奶', { exact: false }).first().waitFor();
      await page.getByTestId('orders-table').locator('.ant-table-row').filter({ hasText: '王奶奶' }).first().locator('a').first().click();
      const drawer = page.getByTestId('order-drawer');
      await drawer.getByText('腿脚不便', { exact: false }).waitFor();
      await page.getByTestId('order-team').click();
      const teamName = team.items[0]?.name ?? '志愿服务队';
      await page.keyboard.type(teamName);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: teamName }).first().click();
      await page.getByTestId('order-review-save').click();
      await drawer.getByText('已派单').first().waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/service-orders.png' });
      // The leader of that team, signed in on the phone, takes it.
      await page.keyboard.press('Escape');
      await page.getByTestId('logout').click();
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(page, baseUrl, '13700000001', DEMO_PASSWORD);
      await page.getByTestId('vtab-me').click();
      const orders = page.getByTestId('team-orders');
      await orders.getByText('王奶奶', { exact: false }).waitFor();
      await orders
        .getByRole('button', { name: /接\s*单/ })
        .first()
        .click();
      await orders.getByText('已接单').first().waitFor();
      await quietToasts(page);
      await page.screenshot({ path: 'e2e/screenshots/team-orders.png' });
    },
  },
  {
    name: 'public finder: open places near me on a phone, without signing in',
    viewport: { width: 390, height: 844 },
    geolocation: { longitude: 114.0, latitude: 35.3 },
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/finder`);
      await page.getByTestId('finder-locate').click();
      const first = page.getByTestId('finder-results').locator('.ant-card').first();
      await first.waitFor();
      await first.locator('.ant-tag').waitFor();
      await page.screenshot({ path: 'e2e/screenshots/finder-phone.png' });
    },
  },
];
