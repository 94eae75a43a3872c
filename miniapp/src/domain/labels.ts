import type { CentreServiceCode } from '@wac/shared-types';

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
