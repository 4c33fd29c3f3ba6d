/** The inbox's words in Chinese. */
export const inboxZhCN = {
  'inbox.title': '站内提醒',
  'inbox.open': '打开站内提醒',
  'inbox.empty': '暂无提醒',
  'inbox.readAll': '全部标为已读',
  'inbox.unknown': '一条提醒（{kind}）',
};
