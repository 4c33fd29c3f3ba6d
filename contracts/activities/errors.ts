import type { ErrorSpec } from '../common/errors';

/** Error codes of the activities module with status and message. */
export const ACTIVITIES_ERRORS = {
  ACTIVITIES_TYPE_NOT_FOUND: {
    status: 404,
    message: { 'zh-CN': '活动类型“{code}”不存在或已停用', en: 'The activity type “{code}” does not exist or is inactive' },
  },
  ACTIVITIES_TYPE_CODE_TAKEN: { status: 409, message: { 'zh-CN': '活动类型代码“{code}”已存在', en: 'The activity type code “{code}” exists' } },
  ACTIVITIES_TYPE_INVALID: {
    status: 400,
    message: { 'zh-CN': '活动类型的字段或指标定义有误，请检查标出的位置', en: 'The type’s field or measure declarations are invalid; see the marked places' },
  },
  ACTIVITIES_FIELD_KEY_SHAPE: {
    status: 400,
    message: {
      'zh-CN': '字段标识只能用小写字母、数字和下划线，并以字母开头',
      en: 'Field keys use lower-case letters, digits and underscores, starting with a letter',
    },
  },
  ACTIVITIES_FIELD_KEY_DUPLICATE: { status: 400, message: { 'zh-CN': '标识“{key}”重复', en: 'The key “{key}” is used twice' } },
  ACTIVITIES_FIELD_OPTIONS_REQUIRED: { status: 400, message: { 'zh-CN': '选择类字段“{key}”必须给出选项', en: 'The choice field “{key}” needs options' } },
  ACTIVITIES_FIELD_OPTIONS_NOT_ALLOWED: {
    status: 400,
    message: { 'zh-CN': '字段“{key}”不是选择类，不能设置选项', en: 'The field “{key}” is not a choice and takes no options' },
  },
  ACTIVITIES_FIELD_RANGE: { status: 400, message: { 'zh-CN': '字段“{key}”的最小值大于最大值', en: 'The field “{key}” has a minimum above its maximum' } },
  ACTIVITIES_FIELD_REF: {
    status: 400,
    message: {
      'zh-CN': '字段“{key}”：引用类字段须指明引用的登记簿，其他字段不能指明',
      en: 'The field “{key}”: a reference field names the registry it points into, and only a reference field does',
    },
  },
  ACTIVITIES_REFERENCE_NOT_FOUND: {
    status: 400,
    message: {
      'zh-CN': '所选{label}不存在、已停用或不属于本单位',
      en: 'The chosen {label} does not exist, is inactive, or does not belong to this org',
    },
  },
  ACTIVITIES_MEASURE_UNKNOWN: { status: 400, message: { 'zh-CN': '统计指标“{measure}”不存在', en: 'There is no measure “{measure}”' } },
  ACTIVITIES_MEASURE_FIELD: {
    status: 400,
    message: { 'zh-CN': '指标取值字段“{field}”不存在或不是数字', en: 'The measure’s field “{field}” does not exist or is not numeric' },
  },
  ACTIVITIES_MEASURE_CONDITION: {
    status: 400,
    message: {
      'zh-CN': '指标条件引用的字段“{field}”不存在，或取值不在选项中',
      en: 'The measure condition’s field “{field}” does not exist or the value is not one of its options',
    },
  },
  ACTIVITIES_VENUE_NOT_FOUND: {
    status: 400,
    message: { 'zh-CN': '所选阵地不存在、已关闭或不在您的数据范围内', en: 'The venue does not exist, is closed, or lies outside your data scope' },
  },
  ACTIVITIES_TIME_ORDER: { status: 400, message: { 'zh-CN': '结束时间不能早于开始时间', en: 'The end cannot precede the start' } },
  ACTIVITIES_FUTURE: { status: 400, message: { 'zh-CN': '不能提交尚未开始的活动', en: 'An activity that has not started cannot be submitted' } },
  ACTIVITIES_NOT_EDITABLE: {
    status: 409,
    message: {
      'zh-CN': '该记录状态为“{status}”，不能直接修改；已审核的记录请先撤回',
      en: 'The record is {status} and cannot be edited; withdraw an approved record first',
    },
  },
  ACTIVITIES_BAD_TRANSITION: {
    status: 409,
    message: { 'zh-CN': '该记录当前状态为“{status}”，不能执行“{action}”', en: 'The record is {status}; “{action}” is not possible' },
  },
  ACTIVITIES_VERSION_CONFLICT: {
    status: 409,
    message: {
      'zh-CN': '记录已被他人修改（当前版本 {current}），请刷新后重试',
      en: 'Someone else changed the record (now version {current}); reload and try again',
    },
  },
  ACTIVITIES_RETURN_REASON: { status: 400, message: { 'zh-CN': '退回时必须填写原因', en: 'A return needs a reason' } },
  ACTIVITIES_ATTACHMENT_TYPE: {
    status: 400,
    message: { 'zh-CN': '附件只能是 JPG、PNG 图片或 PDF 文件', en: 'Attachments must be JPG or PNG images or PDF files' },
  },
  ACTIVITIES_ATTACHMENT_SIZE: { status: 413, message: { 'zh-CN': '附件不能超过 {maxMb} MB', en: 'Attachments are limited to {maxMb} MB' } },
  ACTIVITIES_ATTACHMENT_COUNT: { status: 409, message: { 'zh-CN': '每条记录最多上传 {max} 个附件', en: 'A record holds at most {max} attachments' } },
  ACTIVITIES_IMPORT_NOT_XLSX: { status: 400, message: { 'zh-CN': '上传的文件不是有效的 xlsx 表格', en: 'The file is not a valid xlsx workbook' } },
  ACTIVITIES_IMPORT_TOO_LARGE: {
    status: 413,
    message: {
      'zh-CN': '表格过大：最多 {maxRows} 行、解压后不超过 {maxMb} MB',
      en: 'The workbook is too large: at most {maxRows} rows and {maxMb} MB unpacked',
    },
  },
  ACTIVITIES_IMPORT_HEADERS: {
    status: 400,
    message: {
      'zh-CN': '表头与模板不一致：第 {column} 列应为“{expected}”，实际为“{actual}”',
      en: 'Headers differ from the template: column {column} should be “{expected}”, found “{actual}”',
    },
  },
  ACTIVITIES_IMPORT_ROWS: { status: 400, message: { 'zh-CN': '有 {count} 行数据有误，未导入任何记录', en: '{count} rows have errors; nothing was imported' } },
  ACTIVITIES_IMPORT_BUSY: {
    status: 409,
    message: { 'zh-CN': '您已有一个导入正在进行，请等待其完成', en: 'One of your imports is still running; wait for it to finish' },
  },
  ACTIVITIES_IMPORT_INTERRUPTED: {
    status: 409,
    message: {
      'zh-CN': '导入因系统重启而中断，未导入任何记录，请重新上传',
      en: 'The import was cut off by a restart; nothing was imported, please upload again',
    },
  },
  ACTIVITIES_EXPORT_TOO_MANY: {
    status: 400,
    message: {
      'zh-CN': '符合条件的记录有 {total} 条，超过单次导出上限 {max} 条，请缩小筛选范围',
      en: '{total} records match, above the export limit of {max}; narrow the filter',
    },
  },
  ACTIVITIES_IMPORT_EMPTY: { status: 400, message: { 'zh-CN': '表格中没有数据行', en: 'The workbook has no data rows' } },
} as const satisfies Record<string, ErrorSpec>;
