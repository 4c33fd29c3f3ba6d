/** Chinese words of the calendar pages, the primary language; en.ts carries the same keys. */
export const calendarZhCN = {
  'calendar.title': '工作日历',
  'calendar.year': '{year} 年',
  'calendar.prevYear': '上一年',
  'calendar.nextYear': '下一年',
  'calendar.weekdays': '一 二 三 四 五 六 日',

  'calendar.mark.holiday': '休',
  'calendar.mark.workday': '班',

  'calendar.legend.holiday': '休：节假日',
  'calendar.legend.workday': '班：调休上班',

  'calendar.workingDays': '全年工作日 {count} 天',
  'calendar.notKept': '{year} 年的工作日历尚未维护，按工作日计算的期限暂时只扣除周末。国务院公布当年节假日安排后请及时录入。',
  'calendar.editHint': '点击周一至周五的日期可设为节假日，点击周六、周日可设为调休上班；修改后点击“保存全年”一并生效。',
  'calendar.dirty': '有未保存的修改',
  'calendar.discard': '放弃修改',
  'calendar.save': '保存全年',
  'calendar.updatedBy': '最近由 {name} 于 {time} 修改',
  'calendar.seeded': '按国务院办公厅公布的节假日安排预置',

  'calendar.day.holiday': '设为节假日（休），所属节日：',
  'calendar.day.workday': '设为调休上班日（班），所属节日：',
  'calendar.day.festival': '选择节日',
  'calendar.day.clear': '恢复正常',
};
