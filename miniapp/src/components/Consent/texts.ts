// The consent step, in plain words (PIPL: what, why, how long, who; a separate consent for
// sensitive information). One place to edit when the centres' retention rules are published.

export type ConsentPurpose = 'booking' | 'callback';

export interface ConsentSection {
  title: string;
  body: string;
}

export const CONSENT_TEXTS = {
  title: '请先看一下：我们会保存什么',
  sections: {
    booking: [
      {
        title: '保存什么',
        body: '您选的中心、日期、时间和服务，以及您自愿写的几句话和需要的帮助。不需要姓名，也不会读取您的微信资料或位置。',
      },
      { title: '为什么', body: '只用于安排这次咨询，并让中心统计服务了多少人（统计里没有姓名和电话）。' },
      { title: '谁能看到', body: '只有您选的这个中心的工作人员。' },
      {
        title: '保存多久',
        body: '您写的几句话和需要的帮助，在咨询日期后 30 天内删除；预约的日期和服务类型只留作不含个人信息的统计。您可以在“我的预约”里随时取消，也可以在“设置”里删除您在中心的全部信息。',
      },
    ],
    callback: [
      {
        title: '保存什么',
        body: '您自己填写的电话号码、方便接电话的时间、能否说明来电身份、能否留言，以及您自愿写的几句话。',
      },
      { title: '为什么', body: '只用于在您说安全的时间给您回电话。' },
      { title: '谁能看到', body: '只有您选的这个中心负责回电的工作人员能看到完整号码，其他人只看到部分号码。' },
      {
        title: '保存多久',
        body: '回电结束后 30 天内删除号码和您写的话；您撤回请求时立即删除。也可以在“设置”里删除您在中心的全部信息。',
      },
    ],
  } satisfies Record<ConsentPurpose, ConsentSection[]>,
  agreeGeneral: '我已看过上面的说明，同意按这些方式处理我的信息。',
  sensitiveTitle: '单独同意：敏感个人信息',
  sensitiveBody:
    '您来咨询这件事本身，以及您写下的情况，可能涉及您的家庭、身心状况等敏感信息。我们只为安排这次服务使用，并加以保护。法律要求我们单独征得您的同意。',
  agreeSensitive: '我单独同意中心为这次服务处理上面说的敏感信息。',
  needBoth: '请勾选上面两项后再继续。如果不同意，也可以用下面的方式得到帮助。',
  next: '同意，下一步',
  refuse: '我不同意',
  refusedTitle: '没关系，不留信息也可以得到帮助',
  refusedBody: '您可以直接打 12338 热线，或在工作日上午 8:00–12:00 直接去中心，不用预约。',
  refusedBack: '返回看说明',
} as const;
