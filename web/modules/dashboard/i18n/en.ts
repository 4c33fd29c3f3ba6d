import type { dashboardZhCN } from './zh-CN';

/** English words of the dashboard pages; typed by the Chinese dictionary, so a missing or extra key fails the build. */
export const dashboardEn: Record<keyof typeof dashboardZhCN, string> = {
  'dashboard.title': 'Dashboard',
  'dashboard.org': 'Org unit',
  'dashboard.year': 'Year',
  'dashboard.showAll': 'All measures',
  'dashboard.clickHint': 'Click any number to list its records; click a unit or its bar to go one level down.',
  'dashboard.noScope': 'Your account has no view scope; ask an admin.',
  'dashboard.headlineTitle': '{org}: headline figures of {year}',
  'dashboard.lastYear': 'Last year',
  'dashboard.drillAria': '{value}: list its records',
  'dashboard.trend': 'By month, beside last year',
  'dashboard.pickMeasure': 'Choose a measure',
  'dashboard.monthLabel': 'M{month}',
  'dashboard.trendAria': '{measure} by month in {year}, with last year',

  'dashboard.breakdown.title': 'By org unit',
  'dashboard.breakdown.hint': 'Chart shows: {measure}',
  'dashboard.breakdown.org': 'Org unit',
  'dashboard.breakdown.noChildren': 'This unit has no units below it',
  'dashboard.breakdown.chartAria': '{measure} of each unit below',
  'dashboard.breakdown.tableHint': 'Each cell reads “this year / last year”.',

  'dashboard.drill.range': 'Period: {from} to {to}',
  'dashboard.drill.summary': 'Total {value} from {count} records',
  'dashboard.drill.withheld': '{count} more records belong to units now outside your view (moved away, say) and are not listed',
  'dashboard.drill.date': 'Date',
  'dashboard.drill.org': 'Org unit',
  'dashboard.drill.value': 'Value',
  'dashboard.drill.record': 'Record',
};
