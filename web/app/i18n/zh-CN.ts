/** Chinese words of the app shell and of web/ui (name, common actions, errors, layout, session notices), the primary language; en.ts carries the same keys. */
export const zhCN = {
  'app.name': '宣文',
  'app.subtitle': '宣传思想文化工作平台',
  'app.tagline': '宣传思想文化工作综合管理平台 · 一次采集，逐级汇总',

  'common.actions': '操作',
  'common.all': '全部',
  'common.backHome': '返回首页',
  'common.cancel': '取消',
  'common.confirm': '确定',
  'common.copied': '已复制',
  'common.copyFailed': '复制失败，请手动选中后复制',
  'common.create': '新建',
  'common.edit': '编辑',
  'common.next': '下一步',
  'common.noMatch': '无匹配结果',
  'common.reload': '重新加载',
  'common.reset': '重置',
  'common.retry': '重试',
  'common.save': '保存',
  'common.saved': '已保存',
  'common.search': '查询',
  'common.total': '共 {total} 条',
  'common.openRecord': '查看记录 #{id}',

  'error.forbiddenPage': '您没有访问此页面的权限，如需开通请联系管理员。',
  'error.network': '无法连接服务器，请检查网络后重试',
  'error.notFoundPage': '您访问的页面不存在。',
  'error.pageLoadFailed': '页面加载失败，系统可能已更新，请重新加载',
  'error.unexpected': '服务器返回了无法识别的结果（状态码 {status}），请稍后重试',
  'error.unknown': '操作失败，请稍后重试',

  'layout.changePassword': '修改密码',
  'layout.demoAccount': '演示账号',
  'layout.logout': '退出登录',
  'layout.openMenu': '打开菜单',

  // The shell's session notices and web/ui's org picker: shell words, though their prefixes are identity's.
  'org.pick': '请选择单位',
  'session.expired': '登录已超时，请重新登录',
  'session.signedOut': '您已退出登录，请重新登录',
  'session.loadFailed': '无法获取登录状态',
};
