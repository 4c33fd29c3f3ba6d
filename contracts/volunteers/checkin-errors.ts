import type { ErrorSpec } from '../common/errors';

/** Error codes of check-in, hours, points and the rewards store, with status and message. */
export const VOLUNTEER_CHECKIN_ERRORS = {
  VOLUNTEERS_QR_INVALID: {
    status: 400,
    message: { 'zh-CN': '二维码无效，请扫描活动现场展示的签到码', en: 'The QR code is not valid; scan the code shown at the activity' },
  },
  VOLUNTEERS_QR_EXPIRED: {
    status: 400,
    message: { 'zh-CN': '二维码已过期，请重新扫描现场最新的签到码', en: 'The QR code has expired; scan the current code shown at the activity' },
  },
  VOLUNTEERS_NOT_A_VOLUNTEER: {
    status: 403,
    message: { 'zh-CN': '当前账号未关联志愿者，请先完成志愿者注册', en: 'This account is not linked to a volunteer; register as a volunteer first' },
  },
  VOLUNTEERS_CHECKIN_NOT_SIGNED_UP: {
    status: 409,
    message: {
      'zh-CN': '您未报名此时段或仍在候补名单中，不能签到',
      en: 'You are not signed up for this slot, or are still on its waiting list, so you cannot check in',
    },
  },
  VOLUNTEERS_CHECKIN_LOCATION_REQUIRED: {
    status: 400,
    message: {
      'zh-CN': '本活动须在现场 {radiusM} 米范围内签到，请允许获取位置后重试',
      en: 'This activity requires checking in within {radiusM} m; allow location access and try again',
    },
  },
  VOLUNTEERS_CHECKIN_OUTSIDE: {
    status: 409,
    message: {
      'zh-CN': '您距离活动地点约 {distanceM} 米，超出签到范围（{radiusM} 米）',
      en: 'You are about {distanceM} m from the activity, outside its check-in radius ({radiusM} m)',
    },
  },
  VOLUNTEERS_ALREADY_SIGNED_IN: {
    status: 409,
    message: { 'zh-CN': '您已于 {signedInAt} 签到，无需重复签到', en: 'You already checked in at {signedInAt}' },
  },
  VOLUNTEERS_NOT_SIGNED_IN: {
    status: 409,
    message: { 'zh-CN': '尚未签到，不能签退，请先扫描签到码', en: 'You have not checked in yet; scan the check-in code first' },
  },
  VOLUNTEERS_ALREADY_SIGNED_OUT: {
    status: 409,
    message: { 'zh-CN': '您已于 {signedOutAt} 签退，无需重复签退', en: 'You already checked out at {signedOutAt}' },
  },
  VOLUNTEERS_SLOT_COMPLETED: {
    status: 409,
    message: { 'zh-CN': '该时段已结项，不能再签到、签退或重复结项', en: 'The slot has been completed; no more check-ins, and it cannot be completed again' },
  },
  VOLUNTEERS_SLOT_NOT_ENDED: {
    status: 409,
    message: { 'zh-CN': '该时段尚未结束（{endsAt}），结束后方可结项', en: 'The slot has not ended yet ({endsAt}); complete it afterwards' },
  },
  VOLUNTEERS_SLOT_NOT_COMPLETED: {
    status: 409,
    message: { 'zh-CN': '该时段尚未结项，结项后方可更正时长', en: 'The slot has not been completed; hours can be corrected after completion' },
  },
  VOLUNTEERS_GEOFENCE_NO_CENTRE: {
    status: 400,
    message: {
      'zh-CN': '该项目未关联有坐标的服务阵地，请填写签到范围的中心经纬度',
      en: 'The project has no venue with coordinates; give the centre of the check-in area',
    },
  },
  VOLUNTEERS_CORRECTION_PENDING: {
    status: 409,
    message: {
      'zh-CN': '该志愿者在此时段已有待审核的时长更正，请先审核',
      en: 'A correction of this volunteer’s hours in this slot is already waiting for review',
    },
  },
  VOLUNTEERS_CORRECTION_DECIDED: { status: 409, message: { 'zh-CN': '该时长更正已审核，无需重复处理', en: 'The correction has already been decided' } },
  VOLUNTEERS_CORRECTION_OWN: {
    status: 403,
    message: {
      'zh-CN': '不能审核本人提出的时长更正，须由其他有权限的人员审核',
      en: 'You cannot decide a correction you proposed; someone else must review it',
    },
  },
  VOLUNTEERS_CORRECTION_NOTE_REQUIRED: {
    status: 400,
    message: { 'zh-CN': '驳回时长更正须填写理由', en: 'Give a reason when rejecting a correction' },
  },
  VOLUNTEERS_POINTS_INSUFFICIENT: {
    status: 409,
    message: {
      'zh-CN': '积分不足：兑换需 {price} 分，当前可用 {balance} 分',
      en: 'Not enough points: the item costs {price}, you hold {balance}',
    },
  },
  VOLUNTEERS_REWARD_UNAVAILABLE: {
    status: 409,
    message: { 'zh-CN': '该物品已下架或库存不足', en: 'The item is no longer offered or is out of stock' },
  },
  VOLUNTEERS_REDEMPTION_CANCELLED: {
    status: 409,
    message: { 'zh-CN': '该兑换记录已取消，无需重复取消', en: 'The redemption has already been cancelled' },
  },
} as const satisfies Record<string, ErrorSpec>;
