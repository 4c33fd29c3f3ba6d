import type { Localized } from '../common/locale';

/** Names of audit actions for screens and exports; an action missing here is shown as its code. */
export const AUDIT_ACTION_LABELS: Record<string, Localized> = {
  'auth.login': { 'zh-CN': '登录', en: 'Sign-in' },
  'auth.login_failed': { 'zh-CN': '登录失败', en: 'Failed sign-in' },
  'auth.logout': { 'zh-CN': '退出登录', en: 'Sign-out' },
  'auth.password_changed': { 'zh-CN': '修改密码', en: 'Password change' },
  'org.create': { 'zh-CN': '新建单位', en: 'Org created' },
  'org.update': { 'zh-CN': '修改单位', en: 'Org edited' },
  'org.move': { 'zh-CN': '调整隶属关系', en: 'Org moved' },
  'org.close': { 'zh-CN': '撤销单位', en: 'Org closed' },
  'user.create': { 'zh-CN': '新建账号', en: 'Account created' },
  'user.update': { 'zh-CN': '修改账号', en: 'Account edited' },
  'user.reset_password': { 'zh-CN': '重置密码', en: 'Password reset' },
  'user.lock': { 'zh-CN': '停用账号', en: 'Account disabled' },
  'user.unlock': { 'zh-CN': '启用账号', en: 'Account enabled' },
  'session.revoke': { 'zh-CN': '强制下线', en: 'Session revoked' },
  'audit.export': { 'zh-CN': '导出审计日志', en: 'Audit log exported' },
  'activity_type.create': { 'zh-CN': '新建活动类型', en: 'Activity type created' },
  'activity_type.update': { 'zh-CN': '修改活动类型', en: 'Activity type edited' },
  'activity.create': { 'zh-CN': '录入活动', en: 'Activity recorded' },
  'activity.update': { 'zh-CN': '修改活动', en: 'Activity edited' },
  'activity.submit': { 'zh-CN': '提交审核', en: 'Activity submitted' },
  'activity.approve': { 'zh-CN': '审核通过', en: 'Activity approved' },
  'activity.return': { 'zh-CN': '退回活动', en: 'Activity returned' },
  'activity.withdraw': { 'zh-CN': '撤回活动', en: 'Activity withdrawn' },
  'activity.attach': { 'zh-CN': '上传佐证材料', en: 'Evidence attached' },
  'activity.detach': { 'zh-CN': '删除佐证材料', en: 'Evidence removed' },
  'activity.import': { 'zh-CN': '批量导入活动', en: 'Activities imported' },
  'activity.export': { 'zh-CN': '导出活动台账', en: 'Activities exported' },
  'venue.create': { 'zh-CN': '新增阵地', en: 'Venue recorded' },
  'venue.close': { 'zh-CN': '关闭阵地', en: 'Venue closed' },
  'venue.month': { 'zh-CN': '填报阵地月度数据', en: 'Venue month entered' },
  'venue.export': { 'zh-CN': '导出阵地清单', en: 'Venues exported' },
  'report.generate': { 'zh-CN': '生成工作报告', en: 'Work report generated' },
  'report_template.save': { 'zh-CN': '保存报告模板', en: 'Report template saved' },
  'report_template.restore_default': { 'zh-CN': '恢复默认报告模板', en: 'Default report template restored' },
  'calendar.replace': { 'zh-CN': '修改工作日历', en: 'Working-day calendar changed' },
};

/** Names of the kinds of record an audit entry points at. */
export const AUDIT_TARGET_LABELS: Record<string, Localized> = {
  user: { 'zh-CN': '账号', en: 'Account' },
  org: { 'zh-CN': '单位', en: 'Org unit' },
  session: { 'zh-CN': '会话', en: 'Session' },
  audit_log: { 'zh-CN': '审计日志', en: 'Audit log' },
  activity: { 'zh-CN': '活动记录', en: 'Activity' },
  activity_type: { 'zh-CN': '活动类型', en: 'Activity type' },
  venue: { 'zh-CN': '阵地', en: 'Venue' },
  report_job: { 'zh-CN': '工作报告', en: 'Work report' },
  report_template: { 'zh-CN': '报告模板', en: 'Report template' },
  calendar_year: { 'zh-CN': '工作日历', en: 'Working-day calendar' },
};

/** Names of audit outcomes. */
export const AUDIT_OUTCOME_LABELS: Record<string, Localized> = {
  ok: { 'zh-CN': '成功', en: 'Succeeded' },
  denied: { 'zh-CN': '拒绝', en: 'Denied' },
  failed: { 'zh-CN': '失败', en: 'Failed' },
};
