import type { CentreServiceCode, Profession } from '@wac/shared-types';

// Plain, neutral words for the server's codes. Kept neutral because a screen can be seen by others.

export const SERVICE_LABELS: Record<CentreServiceCode, string> = {
  hotline: '12338 热线',
  legal: '法律咨询',
  counselling: '心理疏导',
  mediation: '家事调解',
  relief: '妇女援助',
  anti_domestic_violence: '家庭安全支持',
  publicity: '普法宣传',
};

export const PROFESSION_LABELS: Record<Profession, string> = {
  lawyer: '律师',
  counsellor: '心理咨询师',
  mediator: '家事纠纷调解员',
  social_worker: '社会工作者',
  liaison: '联络员',
  volunteer: '志愿者',
  coordinator: '中心负责人',
};
