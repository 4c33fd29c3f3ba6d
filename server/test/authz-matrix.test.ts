import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../contracts/identity/permissions';
import { saveGrants } from '../modules/identity/actor.repository';
import { hashPassword } from '../modules/identity/password';
import { sessionIdOf } from '../modules/identity/session.service';
import type { Db } from '../platform/db/database';
import '../modules/activities/activities.tables';
import '../modules/venues/venues.tables';
import '../modules/volunteers/volunteers.tables';
import '../modules/theory/theory.tables';
import '../modules/inbox/inbox.tables';
import '../modules/volunteers/certificates/certificates.tables';
import '../modules/volunteers/projects/projects.tables';
import '../modules/volunteers/projects/checkin.tables';
import '../modules/volunteers/points/points.tables';
import '../modules/volunteers/orders/orders.tables';
import { CheckinTokens } from '../modules/volunteers/projects/checkin.token';
import { residentIdCheckChar } from '../../contracts/volunteers/resident-id';
import { PersonalDataCipher } from '../platform/crypto/personal-data';
import { findActivityType } from '../modules/activities/activity-type.repository';
import { sheetColumns } from '../modules/activities/xlsx-columns';
import '../modules/reports/reports.tables';
import '../modules/honours/honours.tables';
import '../modules/inquiries/inquiries.tables';
import type { CatalogRoute } from '../platform/http/access';
import { type FixtureTree, loadFixtureTree } from './fixture-tree';
import { createTestApp, createTestDb, signIn, TEST_PASSWORD, type TestClient, type TestDb, testConfig } from './harness';
import { multipartBody } from './multipart';

/**
 * The authorization matrix: every catalogued route, called by every role of county B with a probe aimed
 * at county A, must refuse or answer without any of county A's data, and must change nothing.
 * A new route joins the matrix by declaring its probe beside its access rule.
 */

const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/health/live',
  'GET /api/health/ready',
  'POST /api/auth/login',
  'GET /api/public/venues',
  'POST /api/public/volunteer-registrations',
  'GET /api/public/communities',
  'GET /api/public/certificates/:code',
  'GET /api/public/service-menus/:venueId',
  'POST /api/public/service-orders',
  'GET /api/public/service-orders/:code',
  'POST /api/public/service-orders/:code/rating',
  'GET /api/public/lecture-menus/:orgId',
  'POST /api/public/lecture-requests',
  'GET /api/public/lecture-requests/:code',
  'POST /api/public/lecture-requests/:code/rating',
  'GET /api/public/honour-cycles',
  'POST /api/public/honour-files',
  'POST /api/public/nominations',
  'GET /api/public/nominations/:code',
  'GET /api/public/notices',
  'GET /api/public/notices/:id',
  'POST /api/public/objections',
  'GET /api/public/objections/:code',
  'GET /api/public/role-models',
  'GET /api/public/inquiry-categories',
  'POST /api/public/inquiries',
  'GET /api/public/inquiries/:caseNo/:code',
  'POST /api/public/inquiries/:caseNo/:code/rating',
  'GET /api/public/answered-inquiries',
  'GET /api/open311/v2/services.json',
  'GET /api/open311/v2/services.xml',
  'GET /api/open311/v2/requests.json',
  'GET /api/open311/v2/requests.xml',
  'POST /api/open311/v2/requests.json',
  'POST /api/open311/v2/requests.xml',
  'GET /api/open311/v2/services/:file',
  'GET /api/open311/v2/requests/:file',
  'GET /api/open311/v2/tokens/:file',
];
const COUNTY_A_STRINGS = ['419902', '甲区', '甲一街道', '甲一社区', '甲二社区', 'clerk_a', 'admin_a'];
// Answers that show the probe was turned away before any rule of the route ran, so they prove nothing.
const NEVER_REACHED = new Set(['COMMON_VALIDATION', 'COMMON_MALFORMED_JSON', 'COMMON_UNSUPPORTED_MEDIA', 'COMMON_PAYLOAD_TOO_LARGE', 'COMMON_ROUTE_NOT_FOUND']);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let targets: Record<string, number | string>;
let markers: string[];
let countyAUserIds: number[];
const clients = new Map<Role, TestClient>();

/** Inserts an account with a precomputed hash, so the matrix pays for argon2 once rather than per user. */
async function addUser(db: Db, passwordHash: string, u: { username: string; orgId: number; roles: Role[]; scope: number }): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      username: u.username,
      displayName: u.username,
      orgId: u.orgId,
      passwordHash,
      mustChangePassword: false,
      phoneEnc: null,
      phoneHash: null,
      lockedUntil: null,
      lastLoginAt: null,
      passwordChangedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await saveGrants(db, row.id, { roles: u.roles, viewRoots: [u.scope], entryRoots: [u.scope] });
  return row.id;
}

/** A submitted lecture of county A, the target of every record route's probe. */
async function addActivity(db: Db, orgId: number, createdBy: number): Promise<number> {
  const row = await db
    .insertInto('activities')
    .values({
      typeCode: 'lecture',
      orgId,
      venueId: null,
      title: '甲一街道理论宣讲',
      startsAt: '2023-05-17T09:00:00+08:00',
      endsAt: '2023-05-17T11:00:00+08:00',
      fields: JSON.stringify({ troupe: '甲区宣讲团', topic: '学习', mode: 'online', audience: 50 }),
      status: 'submitted',
      returnReason: null,
      createdBy,
      submittedAt: new Date(),
      reviewedAt: null,
      reviewedBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An evidence row of county A's record (no bytes needed: every probe must be refused before storage is read). */
async function addAttachmentRow(db: Db, activityId: number, uploadedBy: number): Promise<number> {
  const row = await db
    .insertInto('activityAttachments')
    .values({
      activityId,
      storageKey: '202611/00000000-0000-4000-8000-000000000000.png',
      filename: '甲一街道现场.png',
      mime: 'image/png',
      size: 68,
      sha256: 'a'.repeat(64),
      uploadedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A finished import job of clerk_a, whose errors name county A. */
async function addImportJob(db: Db, createdBy: number): Promise<string> {
  const id = randomUUID();
  const errors = JSON.stringify([{ row: 2, column: 'A', header: '所属单位', message: '甲一街道 不在录入范围' }]);
  await db
    .insertInto('activityImports')
    .values({
      id,
      typeCode: 'lecture',
      filename: '甲区宣讲.xlsx',
      status: 'failed',
      errors,
      errorCount: 1,
      failure: null,
      submit: true,
      createdBy,
      finishedAt: new Date(),
    })
    .execute();
  return id;
}

/** A lecture import whose one row records for county A's township, as a county B user might try. */
async function workbookForCountyA(db: Db): Promise<string> {
  const type = await findActivityType(db, 'lecture');
  if (!type) throw new Error('lecture type missing');
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('理论宣讲');
  sheet.addRow(sheetColumns(type).map((c) => c.header));
  sheet.addRow(['甲一街道（419902001000）', '甲区宣讲', '2023-05-17 09:00', '2023-05-17 11:00', '甲区宣讲团', '学习', '线下', 30, null]);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A practice station of county A's village. */
async function addVenue(db: Db, orgId: number, createdBy: number): Promise<number> {
  const row = await db
    .insertInto('venues')
    .values({
      kindCode: 'practice_station',
      orgId,
      name: '甲一社区新时代文明实践站',
      address: '甲区甲一路1号',
      lng: 114.1,
      lat: 35.3,
      openingHours: null,
      capacity: 80,
      managerName: '甲站长',
      managerPhoneEnc: null,
      managerPhoneHash: null,
      status: 'open',
      openedOn: '2020-01-01',
      closedOn: null,
      fields: '{}',
      createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A volunteer of county A's village; the ID number carries county A's region code, so a leak of it shows. */
async function addVolunteer(db: Db, orgId: number, createdBy: number, n: number): Promise<number> {
  const { dataKey, hashKey } = testConfig();
  const cipher = new PersonalDataCipher(dataKey, hashKey);
  const first17 = `41990219900101${String(n).padStart(3, '0')}`;
  const idNumber = `${first17}${residentIdCheckChar(first17)}`;
  const phone = `1390000000${n}`;
  const row = await db
    .insertInto('volunteers')
    .values({
      volunteerNo: `V${n}`,
      name: `甲区志愿者${n}`,
      sex: 'male',
      birthDate: '1990-01-01',
      idType: 'resident_id',
      idNumberEnc: cipher.encrypt(idNumber),
      idNumberHash: cipher.lookupHash(`resident_id:${idNumber}`),
      phoneEnc: cipher.encrypt(phone),
      phoneHash: cipher.lookupHash(phone),
      skills: ['理论宣讲'],
      homeOrgId: orgId,
      consentAt: new Date(),
      consentVersion: '2026-1',
      guardianName: null,
      guardianPhoneEnc: null,
      guardianConsentAt: null,
      deletionRequestedAt: null,
      userId: null,
      createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A practice team of county A's village with an approved member and a pending join request. */
async function addTeam(db: Db, orgId: number, createdBy: number, member: number, applicant: number): Promise<number> {
  const row = await db
    .insertInto('volunteerTeams')
    .values({ kind: 'practice', orgId, name: '甲一社区志愿服务队', description: '', foundedOn: '2020-01-01', dissolvedOn: null, createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('teamMembers')
    .values([
      { teamId: row.id, volunteerId: member, status: 'approved', requestedBy: createdBy, decidedBy: createdBy, decidedAt: new Date(), decisionNote: null },
      { teamId: row.id, volunteerId: applicant, status: 'pending', requestedBy: createdBy, decidedBy: null, decidedAt: null, decisionNote: null },
    ])
    .execute();
  return row.id;
}

/** County A's committee study group with one member, and a plan for 2023. */
async function addStudyGroup(db: Db, orgId: number, createdBy: number): Promise<{ studyGroupA: number; studyMemberA: number }> {
  const group = await db
    .insertInto('studyGroups')
    .values({ orgId, level: 'county_committee', name: '甲区委理论学习中心组', minimumOverride: null, createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const member = await db
    .insertInto('studyGroupMembers')
    .values({ groupId: group.id, name: '甲区书记', post: '书记', userId: null, isSecretary: false })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('studyPlanTopics').values({ groupId: group.id, year: 2023, month: 3, position: 0, topic: '二十大精神' }).execute();
  return { studyGroupA: group.id, studyMemberA: member.id };
}

/** A first-agenda item county A published for its own groups, and a reminder to county A's accounts naming it. */
async function addFirstAgenda(db: Db, orgId: number, createdBy: number): Promise<{ firstAgendaA: number; noticeA: number }> {
  const item = await db
    .insertInto('firstAgendaItems')
    .values({
      orgId,
      title: '甲区委传达学习',
      source: 'instruction',
      deliveredOn: '2099-01-01',
      issuedOn: '2099-01-02',
      deadlineWorkingDays: 5,
      dueOn: '2099-01-09',
      withdrawnReason: null,
      createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notice = await db
    .insertInto('notices')
    .values({
      occasion: `first_agenda:${item.id}:group:0`,
      kind: 'theory.first_agenda_due',
      orgId,
      userId: null,
      params: JSON.stringify({ title: '甲区委传达学习', dueOn: '2099-01-09', group: '甲区委理论学习中心组' }),
      link: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { firstAgendaA: item.id, noticeA: notice.id };
}

/** County A's youth troupe with a lecturer, a menu item of county A offering it, and a village's request for it, dispatched to the troupe. */
async function addLectures(db: Db, orgId: number, villageId: number, createdBy: number) {
  const { dataKey, hashKey } = testConfig();
  const cipher = new PersonalDataCipher(dataKey, hashKey);
  const troupe = await db
    .insertInto('lectureTroupes')
    .values({ orgId, kind: 'youth', name: '甲区青年宣讲团', createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const lecturer = await db
    .insertInto('lecturers')
    .values({ orgId, name: '甲区宣讲员', level: 'county', troupeId: troupe.id, topics: JSON.stringify(['甲区']), userId: null, createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const item = await db
    .insertInto('lectureMenuItems')
    .values({ orgId, title: '甲区菜单', troupeId: troupe.id, lecturerId: null, createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const request = await db
    .insertInto('lectureRequests')
    .values({
      trackingCode: 'ABCDEFGHJK24',
      orgId: villageId,
      menuItemId: item.id,
      topic: '甲区菜单',
      channel: 'public',
      requesterName: '甲区居民',
      unit: '甲一社区',
      phoneEnc: cipher.encrypt('13800000001'),
      phoneHash: cipher.lookupHash('13800000001'),
      place: '甲一社区活动室',
      wishedOn: '2099-01-01',
      expectedAudience: null,
      note: '',
      status: 'dispatched',
      troupeId: troupe.id,
      lecturerId: null,
      activityId: null,
      requestedAt: new Date(),
      dispatchedAt: new Date(),
      acceptedAt: null,
      deliveredAt: null,
      rejectReason: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { troupeA: troupe.id, lecturerA: lecturer.id, lectureMenuA: item.id, lectureRequestA: request.id };
}

/** A question of county A's bank, an exam of county A drawn from it, and county A's clerk's attempt in progress. */
async function addExam(db: Db, orgId: number, createdBy: number, candidate: number) {
  const question = await db
    .insertInto('examQuestions')
    .values({
      orgId,
      kind: 'true_false',
      stem: '甲区题库判断题',
      stemKey: '甲区题库判断题',
      options: '[]',
      answer: JSON.stringify({ kind: 'true_false', value: true }),
      topic: '甲区专题',
      difficulty: 'easy',
      createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const exam = await db
    .insertInto('exams')
    .values({
      orgId,
      title: '甲区年度考试',
      mode: 'fixed',
      opensAt: new Date(Date.now() - 3600_000),
      closesAt: '2099-01-01T00:00:00+08:00',
      timeLimitMinutes: 30,
      totalPoints: 10,
      questionCount: 1,
      passScore: 6,
      certificate: true,
      instructions: '',
      createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('examFixedItems').values({ examId: exam.id, position: 1, questionId: question.id, points: 10 }).execute();
  await db.insertInto('examCandidates').values({ examId: exam.id, userId: candidate, addedBy: createdBy }).execute();
  const attempt = await db
    .insertInto('examAttempts')
    .values({ examId: exam.id, userId: candidate, number: 1, startedAt: new Date(), deadlineAt: '2098-12-31T00:00:00+08:00' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('examAttemptItems')
    .values({
      attemptId: attempt.id,
      position: 1,
      questionId: question.id,
      kind: 'true_false',
      stem: '甲区题库判断题',
      options: '[]',
      optionOrder: '[]',
      answer: JSON.stringify({ kind: 'true_false', value: true }),
      rubric: '',
      points: 10,
    })
    .execute();
  return { questionA: question.id, examA: exam.id, attemptA: attempt.id };
}

/**
 * County A's nominations and honours: a village nominee of the city good people's cycle awaiting the county, a county
 * good person on county A's notice with an open objection and a photo, a role model, a star household, an honour and
 * an ambassador of county A.
 */
async function addHonours(db: Db, countyId: number, villageId: number, createdBy: number) {
  const { dataKey, hashKey } = testConfig();
  const cipher = new PersonalDataCipher(dataKey, hashKey);
  const title = await db.selectFrom('honourTitles').select('id').where('code', '=', 'city_good_person').executeTakeFirstOrThrow();
  const countyTitle = await db.selectFrom('honourTitles').select('id').where('code', '=', 'county_good_person').executeTakeFirstOrThrow();
  const cycle = await db
    .insertInto('honourCycles')
    .values({ titleId: title.id, name: '探测批次', year: 2026, opensOn: '2020-01-01', closesOn: '2099-01-01', criteria: '[]', createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const countyCycle = await db
    .insertInto('honourCycles')
    .values({ titleId: countyTitle.id, name: '县级探测批次', year: 2026, opensOn: '2020-01-01', closesOn: '2099-01-01', criteria: '[]', createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notice = await db
    .insertInto('publicNotices')
    .values({ cycleId: countyCycle.id, orgId: countyId, startsOn: '2020-01-01', endsOn: '2099-01-01', workingDays: 5, publishedBy: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nominee = (code: string, cycleId: number, titleId: number, status: 'reviewing' | 'noticed', noticeId: number | null) => ({
    trackingCode: code,
    cycleId,
    titleId,
    orgId: villageId,
    channel: 'public' as const,
    nomineeName: '甲一社区好人',
    nomineeUnit: '甲一社区',
    nomineeIdEnc: cipher.encrypt('41990219600101001X'),
    nomineeIdHash: cipher.lookupHash('41990219600101001X'),
    nomineePhoneEnc: null,
    nameKey: cipher.lookupHash(`甲一社区好人|甲一社区${code}`),
    deeds: '甲一社区好人的事迹甲一社区好人的事迹',
    summary: '甲一社区好人',
    consent: true,
    consentNote: '',
    nominatorName: '甲区居民',
    nominatorUnit: '',
    nominatorPhoneEnc: cipher.encrypt('13800000002'),
    nominatorPhoneHash: cipher.lookupHash('13800000002'),
    status,
    stage: 0,
    returnReason: null,
    noticeId,
    createdBy: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const nomination = await db
    .insertInto('nominations')
    .values(nominee('ABCDEFGHJK25', cycle.id, title.id, 'reviewing', null))
    .returning('id')
    .executeTakeFirstOrThrow();
  const noticed = await db
    .insertInto('nominations')
    .values(nominee('ABCDEFGHJK26', countyCycle.id, countyTitle.id, 'noticed', notice.id))
    .returning('id')
    .executeTakeFirstOrThrow();
  const objection = await db
    .insertInto('noticeObjections')
    .values({
      trackingCode: 'ABCDEFGHJK27',
      noticeId: notice.id,
      nominationId: noticed.id,
      objectorName: '甲区居民',
      objectorPhoneEnc: cipher.encrypt('13800000003'),
      objectorPhoneHash: cipher.lookupHash('13800000003'),
      reason: '甲一社区居民的异议',
      status: 'open',
      answer: null,
      answeredBy: null,
      answeredAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const file = await db
    .insertInto('honourFiles')
    .values({
      token: randomUUID(),
      storageKey: '202601/00000000-0000-4000-8000-000000000001.png',
      filename: '甲一社区.png',
      mime: 'image/png',
      size: 1,
      sha256: '0',
      uploadedBy: null,
      ownerKind: 'nomination',
      ownerId: nomination.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const roleModel = await db
    .insertInto('roleModels')
    .values({
      titleId: title.id,
      cycleId: null,
      nominationId: null,
      orgId: villageId,
      personName: '甲一社区模范',
      unit: '甲一社区',
      idHash: null,
      nameKey: cipher.lookupHash('甲一社区模范|甲一社区'),
      awardedOn: '2020-05-01',
      documentNo: '甲区〔2020〕1号',
      summary: '甲一社区',
      revokedOn: null,
      revokedReason: null,
      createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('starCriteria')
    .values({ orgId: villageId, items: JSON.stringify([{ key: 'kind', name: '甲一社区孝老' }]), updatedBy: createdBy, updatedAt: new Date() })
    .execute();
  const household = await db
    .insertInto('starHouseholds')
    .values({
      orgId: villageId,
      year: 2026,
      household: '甲一社区住户',
      address: '甲一路1号',
      householdKey: '甲一社区住户|甲一路1号',
      source: 'claim',
      claimed: JSON.stringify(['kind']),
      confirmed: JSON.stringify(null),
      stars: null,
      status: 'claimed',
      reviewedBy: null,
      reviewedAt: null,
      createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('honours')
    .values({
      categoryCode: 'tourism',
      orgId: countyId,
      name: '甲区全域旅游示范区',
      giver: '省文化和旅游厅',
      level: 'provincial',
      awardedOn: '2022-06-01',
      rank: null,
      subjectKind: 'org',
      subjectName: '甲区',
      venueId: null,
      citation: null,
      documentNo: '',
      revokedOn: null,
      createdBy,
    })
    .execute();
  await db
    .insertInto('readingAmbassadors')
    .values({ orgId: countyId, name: '甲区作家', profession: '甲区', appointedOn: '2022-04-23', endsOn: null, createdBy })
    .execute();
  return {
    titleA: title.id,
    cycleA: cycle.id,
    nominationA: nomination.id,
    noticeA: notice.id,
    objectionA: objection.id,
    honourFileA: file.id,
    roleModelA: roleModel.id,
    householdA: household.id,
  };
}

/** A project of county A's village with one future slot, in which the member of teamA holds a place. */
async function addProject(db: Db, orgId: number, createdBy: number, volunteerId: number): Promise<{ projectA: number; slotA: number }> {
  const project = await db
    .insertInto('serviceProjects')
    .values({ orgId, teamId: null, venueId: null, title: '甲一社区清洁家园', category: 'environment', description: '', minAge: null, skills: [], createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const slot = await db
    .insertInto('projectSlots')
    .values({ projectId: project.id, startsAt: '2099-05-01T09:00:00+08:00', endsAt: '2099-05-01T11:00:00+08:00', headcount: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('slotSignups')
    .values({ slotId: slot.id, volunteerId, status: 'confirmed', signedUpBy: createdBy, promotedAt: null, cancelledBy: null, cancelledAt: null })
    .execute();
  return { projectA: project.id, slotA: slot.id };
}

/**
 * A completed past slot of county A with the volunteer's hours, a pending correction of them, a reward item of county A's
 * village and the volunteer's redemption of it; the targets of the hours, points and rewards probes.
 */
async function addServiceRecords(db: Db, orgId: number, createdBy: number, volunteerId: number) {
  const project = await db
    .insertInto('serviceProjects')
    .values({ orgId, teamId: null, venueId: null, title: '甲一社区敬老服务', category: 'elderly_care', description: '', minAge: null, skills: [], createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const slot = await db
    .insertInto('projectSlots')
    .values({ projectId: project.id, startsAt: '2026-01-10T09:00:00+08:00', endsAt: '2026-01-10T11:00:00+08:00', headcount: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('slotSignups')
    .values({ slotId: slot.id, volunteerId, status: 'confirmed', signedUpBy: createdBy, promotedAt: null, cancelledBy: null, cancelledAt: null })
    .execute();
  await db.insertInto('slotCompletions').values({ slotId: slot.id, peopleServed: 12, completedBy: createdBy }).execute();
  await db
    .insertInto('serviceHours')
    .values({ slotId: slot.id, volunteerId, outcome: 'no_show', startedAt: null, endedAt: null, minutes: 0, points: 0 })
    .execute();
  const correction = await db
    .insertInto('hourCorrections')
    .values({
      slotId: slot.id,
      volunteerId,
      signedInAt: new Date('2026-01-10T09:00:00+08:00'),
      signedOutAt: new Date('2026-01-10T11:00:00+08:00'),
      reason: '甲一社区补录',
      proposedBy: createdBy,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('pointsBalances').values({ volunteerId, balance: 100 }).execute();
  const reward = await db
    .insertInto('rewardItems')
    .values({ orgId, name: '甲一社区爱心超市毛巾', pointsPrice: 20, stock: 5, active: true, createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const redemption = await db
    .insertInto('rewardRedemptions')
    .values({ itemId: reward.id, volunteerId, points: 20, redeemedBy: createdBy, cancelledBy: null, cancelledAt: null, cancelReason: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { doneProjectA: project.id, doneSlotA: slot.id, correctionA: correction.id, rewardA: reward.id, redemptionA: redemption.id };
}

/** A finished report of county A, the target of the report job routes' probes; its content names county A. */
async function addReportJob(db: Db, orgId: number, createdBy: number): Promise<number> {
  const content = {
    orgId,
    orgName: '甲区',
    periodName: '2023年',
    title: [{ type: 'text', text: '关于2023年甲区宣传思想工作总结报告' }],
    sections: [],
    warnings: [],
  };
  const row = await db
    .insertInto('reportJobs')
    .values({
      orgId,
      periodKind: 'year',
      periodYear: 2023,
      periodIndex: null,
      status: 'done',
      progress: 100,
      locale: 'zh-CN',
      templateOrgId: null,
      content: JSON.stringify(content),
      docx: Buffer.from('甲区'),
      error: null,
      createdBy,
      startedAt: new Date(),
      finishedAt: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** A menu item of county A's station and a resident's request for it awaiting review; the address names county A. */
async function addServiceOrder(db: Db, venueId: number, orgId: number, createdBy: number): Promise<{ menuItemA: number; orderA: number }> {
  const { dataKey, hashKey } = testConfig();
  const cipher = new PersonalDataCipher(dataKey, hashKey);
  const item = await db
    .insertInto('serviceMenuItems')
    .values({ venueId, category: 'health', name: '甲一社区健康义诊', description: '', createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await db
    .insertInto('serviceOrders')
    .values({
      trackingCode: 'ABCDEFGHJK23',
      venueId,
      orgId,
      areaOrgId: orgId,
      menuItemId: item.id,
      category: 'health',
      itemName: '甲一社区健康义诊',
      residentName: '甲区居民',
      phoneEnc: cipher.encrypt('13800000000'),
      phoneHash: cipher.lookupHash('13800000000'),
      address: '甲一社区3号楼',
      wishedOn: '2099-01-01',
      note: '',
      status: 'requested',
      teamId: null,
      stepDueOn: '2099-01-01',
      requestedAt: new Date(),
      dispatchedAt: null,
      acceptedAt: null,
      completedAt: null,
      completedOnTime: null,
      summary: null,
      peopleServed: null,
      rejectReason: null,
      rating: null,
      ratingComment: null,
      ratedAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { menuItemA: item.id, orderA: order.id };
}

/** A photo row of county A's venue (no bytes needed: every probe must be refused before storage is read). */
async function addPhotoRow(db: Db, venueId: number, uploadedBy: number): Promise<number> {
  const row = await db
    .insertInto('venuePhotos')
    .values({
      venueId,
      storageKey: '202611/00000000-0000-4000-8000-000000000001.png',
      filename: '甲一社区站.png',
      mime: 'image/png',
      size: 68,
      sha256: 'b'.repeat(64),
      uploadedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A certificate of county A's volunteer; its number and issuer name county A. */
async function addCertificate(db: Db, volunteerId: number, issuerOrgId: number, issuedBy: number): Promise<number> {
  const lines = JSON.stringify([{ date: '2026-01-10', activity: '甲一社区敬老服务', place: null, minutes: 120 }]);
  const row = await db
    .insertInto('volunteerCertificates')
    .values({
      certNo: '4199022026000001',
      verifyCode: 'probe-verify-code-a',
      volunteerId,
      issuerOrgId,
      personInCharge: '甲负责人',
      handler: '甲经办',
      contact: '0371-1234567',
      periodFrom: null,
      periodTo: '2026-01-31',
      minutes: 120,
      lines,
      issuedOn: '2026-02-01',
      issuedBy,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A case about a village of county A, dispatched to its township with a pending extension, a rule and an Open311 key of the county. */
async function addInquiries(db: Db, countyId: number, townshipId: number, villageId: number, createdBy: number) {
  const category = await db.selectFrom('inquiryCategories').select('id').where('code', '=', 'civility').executeTakeFirstOrThrow();
  const route = await db
    .insertInto('inquiryRoutingRules')
    .values({ areaOrgId: countyId, categoryId: null, handlerOrgId: townshipId, createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const client = await db
    .insertInto('inquiryApiClients')
    .values({ name: '甲区应用', orgId: countyId, keyPrefix: 'xw_甲区', keyHash: 'f'.repeat(64), createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const inquiry = await db
    .insertInto('inquiries')
    .values({
      caseNo: 'WZ202601050001',
      lookupCode: 'AAAABBBBCCCC',
      token: null,
      channel: 'web',
      categoryId: category.id,
      kind: 'complaint',
      orgId: villageId,
      handlerOrgId: townshipId,
      status: 'signed',
      title: '甲一社区广场噪音',
      description: '甲一社区广场每晚噪音',
      address: '甲一社区',
      lat: null,
      lng: null,
      anonymous: true,
      publish: true,
      name: null,
      phoneEnc: null,
      phoneHash: null,
      programmeId: null,
      airedOn: null,
      apiClientId: client.id,
      attributes: '{}',
      mediaUrl: null,
      mediaKey: null,
      mediaMime: null,
      receivedAt: new Date('2026-01-05T02:00:00Z'),
      dispatchedAt: new Date('2026-01-05T03:00:00Z'),
      signedAt: new Date('2026-01-05T04:00:00Z'),
      dueOn: '2026-01-19',
      firstReplyOnTime: null,
      createdBy: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const extension = await db
    .insertInto('inquiryExtensions')
    .values({ inquiryId: inquiry.id, days: 1, reason: '甲区查档', status: 'pending', requestedBy: createdBy, requestedAt: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { inquiryA: inquiry.id, inquiryCategoryA: category.id, routeA: route.id, apiClientA: client.id, extensionA: extension.id };
}

/** A one-row xlsx for county A: `header` then `row`; the venue imports' probes carry it. */
async function sheetFor(header: string[], row: unknown[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('探测');
  sheet.addRow(header);
  sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const userOf = (role: Role) => `b_${role}`;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  const hash = await hashPassword(TEST_PASSWORD);
  for (const role of ROLES) await addUser(tdb.db, hash, { username: userOf(role), orgId: tree.countyB, roles: [role], scope: tree.countyB });
  const userA = await addUser(tdb.db, hash, { username: 'clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], scope: tree.townshipA });
  const adminA = await addUser(tdb.db, hash, { username: 'admin_a', orgId: tree.countyA, roles: ['county_admin'], scope: tree.countyA });
  countyAUserIds = [userA, adminA];
  app = await createTestApp(tdb);
  const clerk = await signIn(app, 'clerk_a');
  const sessionA = sessionIdOf(clerk.cookie);
  const activityA = await addActivity(tdb.db, tree.townshipA, userA);
  const attachmentA = await addAttachmentRow(tdb.db, activityA, userA);
  const importA = await addImportJob(tdb.db, userA);
  const venueA = await addVenue(tdb.db, tree.villageA, userA);
  const reportJobA = await addReportJob(tdb.db, tree.countyA, adminA);
  const volunteerA = await addVolunteer(tdb.db, tree.villageA, userA, 1);
  const applicantA = await addVolunteer(tdb.db, tree.villageA, userA, 2);
  const teamA = await addTeam(tdb.db, tree.villageA, userA, volunteerA, applicantA);
  const { projectA, slotA } = await addProject(tdb.db, tree.villageA, userA, volunteerA);
  const serviceA = await addServiceRecords(tdb.db, tree.villageA, userA, volunteerA);
  targets = {
    ...tree,
    userA,
    adminA,
    sessionA,
    activityA,
    attachmentA,
    importA,
    venueA,
    reportJobA,
    volunteerA,
    applicantA,
    teamA,
    projectA,
    slotA,
    ...serviceA,
    ...(await addServiceOrder(tdb.db, venueA, tree.villageA, userA)),
    certificateA: await addCertificate(tdb.db, volunteerA, tree.villageA, userA),
    ...(await addStudyGroup(tdb.db, tree.countyA, adminA)),
    ...(await addFirstAgenda(tdb.db, tree.countyA, adminA)),
    ...(await addLectures(tdb.db, tree.countyA, tree.villageA, adminA)),
    ...(await addExam(tdb.db, tree.countyA, adminA, userA)),
    ...(await addHonours(tdb.db, tree.countyA, tree.villageA, adminA)),
    ...(await addInquiries(tdb.db, tree.countyA, tree.townshipA, tree.villageA, adminA)),
    questionWorkbookA: await sheetFor(
      ['题型*', '题干*', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案*', '专题*', '难度', '评分要点'],
      ['判断题', '甲区探测题', '', '', '', '', '', '', '对', '甲区专题'],
    ),
    volunteerWorkbookA: await sheetFor(
      [
        '姓名*',
        '证件类型',
        '证件号码*',
        '性别',
        '出生日期',
        '手机号*',
        '技能特长',
        '所属社区*',
        '本人同意个人信息处理规则*',
        '监护人姓名',
        '监护人手机',
        '监护人同意',
      ],
      ['甲区探测', '护照', 'E12345678', '男', '1990-01-01', '13900001111', '', '甲一社区（419902001001）', '是'],
    ),
    qrTokenA: new CheckinTokens(testConfig().hashKey).issue(slotA, 'in', new Date()).token,
    importWorkbookA: await workbookForCountyA(tdb.db),
    photoA: await addPhotoRow(tdb.db, venueA, userA),
    venueWorkbookA: await sheetFor(
      ['所属单位*', '名称*', '地址*', '经度*', '纬度*', '开放时间', '容纳人数', '负责人', '联系电话', '状态', '启用日期'],
      ['甲一社区（419902001001）', '探测站', '甲一路9号', 114.1, 35.3],
    ),
    monthWorkbookA: await sheetFor(['阵地编号*', '阵地名称', '所属单位', '月份*', '接待人次', '借阅册次', '藏书（册）'], [venueA, '', '', '2023-05', 10, 1, 1]),
  };
  markers = [...COUNTY_A_STRINGS, sessionA];
  for (const role of ROLES) clients.set(role, await signIn(app, userOf(role)));
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

/** Each table's row count and an md5 of its rows in primary-key order, plus the revocation state of county A's sessions. */
async function fingerprint(): Promise<Map<string, string>> {
  const tables = await sql<{ name: string; key: string[] | null }>`
    select c.relname::text as name,
      (select array_agg(a.attname::text order by k.ord)
         from pg_index i
         cross join unnest(i.indkey) with ordinality as k(attnum, ord)
         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
        where i.indrelid = c.oid and i.indisprimary) as key
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname not in ('audit_log', 'sessions', 'activity_imports', 'job_runs', 'app_processes', 'rate_limit_hits')
    order by c.relname`.execute(tdb.db);
  const parts = tables.rows.map(({ name, key }) => {
    const order = key && key.length > 0 ? sql.join(key.map((k) => sql.ref(`x.${k}`))) : sql`x::text`;
    return sql`select ${name}::text as name, count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by ${order}), '')) as h from ${sql.table(name)} x`;
  });
  parts.push(sql`select 'sessions of county A'::text as name, count(*)::int as n,
    md5(coalesce(string_agg(s.id || ':' || coalesce(s.revoked_at::text, ''), '|' order by s.id), '')) as h
    from sessions s where s.user_id in (${sql.join(countyAUserIds)})`);
  const rows = await sql<{ name: string; n: number; h: string }>`${sql.join(parts, sql` union all `)}`.execute(tdb.db);
  return new Map(rows.rows.map((r) => [r.name, `${r.n}:${r.h}`]));
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n));
}

/** All text a response carries; an xlsx is opened so its cells are searched, not its compressed bytes. */
async function responseText(res: LightMyRequestResponse): Promise<string> {
  if (!String(res.headers['content-type'] ?? '').startsWith(XLSX)) return res.body;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
  return cells.join('\n');
}

/** A role's client, signed in again if an earlier probe (sign-out, say) ended its session. */
async function clientFor(role: Role): Promise<TestClient> {
  const client = clients.get(role);
  const live = client
    ? await tdb.db.selectFrom('sessions').select('id').where('id', '=', sessionIdOf(client.cookie)).where('revokedAt', 'is', null).executeTakeFirst()
    : undefined;
  if (client && live) return client;
  const fresh = await signIn(app, userOf(role));
  clients.set(role, fresh);
  return fresh;
}

function fillUrl(url: string, params: Record<string, string | number>): string | null {
  let missing = false;
  const filled = url.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) missing = true;
    return encodeURIComponent(String(value));
  });
  return missing ? null : filled;
}

/** Waits for an import the probe started, so whatever its background work would write is in the fingerprint. */
async function importSettled(res: LightMyRequestResponse, client: TestClient): Promise<void> {
  if (res.statusCode !== 202) return;
  const { id } = res.json() as { id: string };
  for (let i = 0; i < 200; i++) {
    const job = await app.inject({ method: 'GET', url: `/api/activities/imports/${id}`, cookies: { xw_session: client.cookie } });
    const { status } = job.json() as { status: string };
    if (status === 'done' || status === 'failed') return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`import ${id} did not settle`);
}

async function probeOnce(route: CatalogRoute, role: Role): Promise<string[]> {
  const where = `${route.method} ${route.url} as ${role}`;
  if (!route.probe) return [`${where}: no probe`];
  const probe = route.probe(targets);
  const url = fillUrl(route.url, probe.params ?? {});
  if (!url) return [`${where}: probe leaves a path parameter empty`];
  const client = await clientFor(role);
  const before = await fingerprint();
  const form = probe.multipart ? multipartBody(probe.multipart.fields, probe.multipart.file) : undefined;
  const res = await app.inject({
    method: route.method as InjectOptions['method'],
    url,
    query: probe.query ? Object.fromEntries(Object.entries(probe.query).map(([k, v]) => [k, String(v)])) : undefined,
    cookies: { xw_session: client.cookie },
    headers: { 'x-csrf-token': client.csrf, ...form?.headers },
    ...(form ? { payload: form.payload } : probe.body === undefined ? {} : { payload: probe.body as InjectOptions['payload'] }),
  });
  await importSettled(res, client);
  const problems: string[] = [];
  const status = res.statusCode;
  const code = status >= 400 ? ((res.json() as { error?: { code?: string } }).error?.code ?? '') : '';
  const refused = status === 401 || status === 403 || status === 404;
  const answered = status >= 200 && status < 300;
  const ruledOut = status >= 400 && status < 500;
  if (NEVER_REACHED.has(code)) problems.push(`${where}: ${status} ${code}: the probe never reached the route's rules`);
  else if (!refused && !answered && !ruledOut) problems.push(`${where}: unexpected status ${status}`);
  const text = await responseText(res);
  const leaked = markers.filter((m) => text.includes(m));
  if (leaked.length > 0) problems.push(`${where}: ${status} answer contains county A's ${leaked.join(', ')}`);
  const changed = changedTables(before, await fingerprint());
  if (changed.length > 0) problems.push(`${where}: ${status} changed ${changed.join(', ')}`);
  return problems;
}

describe('authorization matrix', () => {
  it('has exactly the expected public routes, and a probe on every other route', () => {
    const publicRoutes = app.routeCatalog.filter((r) => 'public' in r.access).map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
    const unprobed = app.routeCatalog.filter((r) => !('public' in r.access) && !r.probe).map((r) => `${r.method} ${r.url}`);
    expect(unprobed).toEqual([]);
  });

  // Every route times every role, each probe fingerprinting the database: minutes on two busy cores, not seconds.
  it("lets no role of county B read or change county A's data through any route", async () => {
    const routes = app.routeCatalog.filter((r) => !('public' in r.access));
    expect(routes.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const route of routes) for (const role of ROLES) problems.push(...(await probeOnce(route, role)));
    expect(problems).toEqual([]);
  }, 300_000);

  it("leaves clerk_a's session alive after every probe", async () => {
    const row = await tdb.db.selectFrom('sessions').select('revokedAt').where('id', '=', String(targets.sessionA)).executeTakeFirstOrThrow();
    expect(row.revokedAt).toBeNull();
  });
});
