/** The festivals of the official holiday schedule, as names offered when an exceptional day is entered. */
export const FESTIVALS = [
  { nameZh: '元旦', nameEn: 'New Year’s Day' },
  { nameZh: '春节', nameEn: 'Spring Festival' },
  { nameZh: '清明节', nameEn: 'Qingming Festival' },
  { nameZh: '劳动节', nameEn: 'Labour Day' },
  { nameZh: '端午节', nameEn: 'Dragon Boat Festival' },
  { nameZh: '中秋节', nameEn: 'Mid-Autumn Festival' },
  { nameZh: '国庆节', nameEn: 'National Day' },
  { nameZh: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival' },
] as const;
