import type { ErrorSpec } from '../common/errors';

/** Error codes of the venues module with status and message. */
export const VENUES_ERRORS = {
  VENUES_KIND_NOT_FOUND: { status: 404, message: { 'zh-CN': '阵地类型“{code}”不存在或已停用', en: 'The venue kind “{code}” does not exist or is inactive' } },
  VENUES_OUTSIDE_CITY: {
    status: 400,
    message: { 'zh-CN': '坐标不在本市范围内，请在地图上重新选点', en: 'The coordinates lie outside the city; pick the point on the map again' },
  },
  VENUES_CAPACITY: { status: 400, message: { 'zh-CN': '容纳人数必须大于 0', en: 'Capacity must be above zero' } },
  VENUES_LIKELY_DUPLICATE: {
    status: 409,
    message: {
      'zh-CN': '{meters} 米内已有同类型、同名称的阵地“{name}”（编号 {id}），确认不是同一处请勾选“仍然保存”',
      en: 'A venue of this kind and name, “{name}” (no. {id}), lies within {meters} m; confirm to save anyway',
    },
  },
  VENUES_FUTURE_ACTIVITIES: {
    status: 409,
    message: {
      'zh-CN': '该阵地还有 {count} 场尚未举行的活动：{titles}，确认关闭请再次提交',
      en: '{count} activities are still planned there: {titles}; confirm to close anyway',
    },
  },
  VENUES_NOT_OPEN: { status: 409, message: { 'zh-CN': '该阵地已关闭', en: 'The venue is closed' } },
  VENUES_VERSION_CONFLICT: {
    status: 409,
    message: { 'zh-CN': '阵地已被他人修改（当前版本 {current}），请刷新后重试', en: 'Someone changed the venue (now version {current}); reload and try again' },
  },
  VENUES_NEGATIVE: { status: 400, message: { 'zh-CN': '{field}不能为负数', en: '{field} cannot be negative' } },
  VENUES_FUTURE_MONTH: { status: 400, message: { 'zh-CN': '{month} 尚未开始，不能填报', en: '{month} has not begun yet' } },
  VENUES_IMPORT_BUSY: {
    status: 409,
    message: { 'zh-CN': '您已有一个阵地导入正在进行，请等待其完成', en: 'One of your venue imports is still running; wait for it to finish' },
  },
  VENUES_KIND_INVALID: {
    status: 400,
    message: { 'zh-CN': '阵地类型的字段定义有误，请检查标出的位置', en: 'The kind’s field declarations are invalid; see the marked places' },
  },
  VENUES_KIND_EXISTS: { status: 409, message: { 'zh-CN': '阵地类型代码“{code}”已存在', en: 'The venue kind code “{code}” is taken' } },
  VENUES_REVEAL_REASON: {
    status: 400,
    message: { 'zh-CN': '查看完整联系电话需填写事由（至少 4 个字）', en: 'Give a reason (at least 4 characters) to see the full phone number' },
  },
  VENUES_NO_PHONE: { status: 404, message: { 'zh-CN': '该阵地未登记联系电话', en: 'No phone is recorded for this venue' } },
  VENUES_PHOTO_TYPE: { status: 400, message: { 'zh-CN': '照片须为 JPG 或 PNG 图片', en: 'A photo must be a JPG or PNG image' } },
  VENUES_PHOTO_TOO_LARGE: { status: 413, message: { 'zh-CN': '照片不能超过 {maxMb} MB', en: 'A photo may be at most {maxMb} MB' } },
  VENUES_PHOTO_LIMIT: { status: 409, message: { 'zh-CN': '每个阵地最多 {max} 张照片', en: 'A venue has at most {max} photos' } },
  VENUES_BOUNDARY_INVALID: {
    status: 400,
    message: {
      'zh-CN': '边界文件无效：{reason}。请上传包含 Polygon 或 MultiPolygon 的 GeoJSON（经纬度坐标）',
      en: 'The boundary file is invalid: {reason}. Upload GeoJSON holding a Polygon or MultiPolygon in longitude/latitude',
    },
  },
  VENUES_BOUNDARY_EXCLUDES: {
    status: 409,
    message: {
      'zh-CN': '新边界会把 {count} 个现有阵地（如“{names}”）划到市外，请核对边界文件',
      en: 'The new outline would leave {count} existing venues (e.g. “{names}”) outside the city; check the file',
    },
  },
} as const satisfies Record<string, ErrorSpec>;
