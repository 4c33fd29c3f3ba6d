/** Every permission a role can grant. Modules add theirs here as they arrive. */
export const PERMISSIONS = [
  'org.read',
  'org.write',
  'user.read',
  'user.write',
  'session.admin',
  'audit.read',
  'stats.read',
  'activity.read',
  'activity.write',
  'activity.review',
  'activity_type.admin',
  'venue.read',
  'venue.write',
  'venue.reveal',
  'venue_kind.admin',
  'boundary.admin',
  'volunteer.read',
  'volunteer.write',
  'volunteer.reveal',
  'report.read',
  'report.generate',
  'report_template.admin',
  'calendar.admin',
  'theory.read',
  'theory.write',
  'theory.admin',
  'exam.admin',
  'honour.read',
  'honour.write',
  'honour.review',
  'honour.admin',
] as const;
/** One of PERMISSIONS. */
export type Permission = (typeof PERMISSIONS)[number];

/** The roles of the platform; volunteers and the public arrive with their modules. */
export const ROLES = ['system_admin', 'city_admin', 'county_admin', 'township_clerk', 'reviewer', 'viewer'] as const;
/** One of ROLES. */
export type Role = (typeof ROLES)[number];

/** What each role may do; scope (which orgs) is separate and per user. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  city_admin: [
    'org.read',
    'stats.read',
    'org.write',
    'user.read',
    'user.write',
    'session.admin',
    'audit.read',
    'activity.read',
    'activity.write',
    'activity.review',
    'venue.read',
    'venue.write',
    'venue.reveal',
    'venue_kind.admin',
    'boundary.admin',
    'volunteer.read',
    'volunteer.write',
    'volunteer.reveal',
    'report.read',
    'report.generate',
    'report_template.admin',
    'calendar.admin',
    'theory.read',
    'theory.write',
    'theory.admin',
    'exam.admin',
    'honour.read',
    'honour.write',
    'honour.review',
    'honour.admin',
  ],
  county_admin: [
    'org.read',
    'stats.read',
    'org.write',
    'user.read',
    'user.write',
    'session.admin',
    'audit.read',
    'activity.read',
    'activity.write',
    'activity.review',
    'venue.read',
    'venue.write',
    'venue.reveal',
    'volunteer.read',
    'volunteer.write',
    'volunteer.reveal',
    'report.read',
    'report.generate',
    'report_template.admin',
    'theory.read',
    'theory.write',
    'exam.admin',
    'honour.read',
    'honour.write',
    'honour.review',
  ],
  township_clerk: [
    'org.read',
    'stats.read',
    'activity.read',
    'activity.write',
    'venue.read',
    'venue.write',
    'volunteer.read',
    'volunteer.write',
    'theory.read',
    'theory.write',
    'honour.read',
    'honour.write',
  ],
  reviewer: ['org.read', 'stats.read', 'activity.read', 'activity.review', 'venue.read', 'report.read', 'volunteer.read', 'theory.read', 'honour.read', 'honour.review'],
  viewer: ['org.read', 'stats.read', 'activity.read', 'venue.read', 'report.read', 'volunteer.read', 'theory.read', 'honour.read'],
};

/** Role names in both locales, for menus and forms. */
export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  system_admin: { 'zh-CN': '系统管理员', en: 'System admin' },
  city_admin: { 'zh-CN': '市级管理员', en: 'City admin' },
  county_admin: { 'zh-CN': '县级管理员', en: 'County admin' },
  township_clerk: { 'zh-CN': '乡镇（街道）信息员', en: 'Township clerk' },
  reviewer: { 'zh-CN': '审核员', en: 'Reviewer' },
  viewer: { 'zh-CN': '查看员', en: 'Viewer' },
};

/** The union of the permissions of `roles`. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) set.add(p);
  return PERMISSIONS.filter((p) => set.has(p));
}
