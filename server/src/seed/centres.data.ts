import type { Centre } from '../centres/centre.entity.js';

type CentreSeed = Omit<Centre, 'createdAt' | 'updatedAt'>;

const OPENING_HOURS = '周一至周五 08:00–12:00（法定节假日除外，调休上班日照常接待）';

const WORK_RULES = [
  '值班人员按时到岗，每个服务日至少一名专业人员值班接待',
  '来访来电一律登记，个人信息严格保密',
  '尊重求助者意愿，不强迫、不评判',
  '遇紧急危险情况，第一时间协助报警（110）',
];

const SERVICE_SCOPE = [
  '12338 妇女维权公益服务热线',
  '婚姻家庭纠纷调处与家事调解',
  '法律咨询与法律援助转介',
  '心理疏导与情绪支持',
  '困难妇女救助与转介',
  '家庭安全与权益保护支持',
  '普法宣传活动',
];

const ALL_SERVICES: CentreSeed['services'] = [
  'hotline',
  'legal',
  'counselling',
  'mediation',
  'relief',
  'anti_domestic_violence',
  'publicity',
];

/**
 * The 13 centres. Positions are each area's seat (GCJ-02), flagged approximate until an admin enters the door's
 * own coordinates; the phone is the 12338 hotline, which reaches help in every area, until the centre's own line
 * is entered (a made-up number could ring a stranger).
 */
const centre = (
  code: string,
  name: string,
  area: string,
  seat: string,
  latitude: number,
  longitude: number,
  sortOrder: number,
): CentreSeed => ({
  code,
  name,
  area,
  address: `泉州市${area === '市直' ? '' : area}${seat}（大致位置，详细地址请致电确认）`,
  latitude,
  longitude,
  approximate: true,
  phone: '12338',
  status: 'open',
  services: ALL_SERVICES,
  openingHours: OPENING_HOURS,
  workRules: WORK_RULES,
  serviceScope: SERVICE_SCOPE,
  sortOrder,
});

export const CENTRES: CentreSeed[] = [
  centre('city', '市直（市妇女儿童活动中心）', '市直', '市妇女儿童活动中心', 24.9057, 118.60464, 1),
  centre('licheng', '鲤城区', '鲤城区', '城区', 24.9047, 118.59145, 2),
  centre('fengze', '丰泽区', '丰泽区', '城区', 24.8855, 118.61775, 3),
  centre('luojiang', '洛江区', '洛江区', '万安街道', 24.93649, 118.67574, 4),
  centre('quangang', '泉港区', '泉港区', '山腰街道', 25.11633, 118.92058, 5),
  centre('shishi', '石狮市', '石狮市', '城区', 24.72883, 118.65288, 6),
  centre('jinjiang', '晋江市', '晋江市', '青阳街道', 24.77853, 118.55639, 7),
  centre('nanan', '南安市', '南安市', '溪美街道', 24.95777, 118.39089, 8),
  centre('huian', '惠安县', '惠安县', '螺城镇', 25.02776, 118.80131, 9),
  centre('anxi', '安溪县', '安溪县', '凤城镇', 25.05327, 118.19085, 10),
  centre('yongchun', '永春县', '永春县', '桃城镇', 25.31904, 118.29879, 11),
  centre('dehua', '德化县', '德化县', '龙浔镇', 25.48868, 118.24538, 12),
  // The investment zone's centre is seeded as still in preparation so the "not yet bookable" path is visible.
  { ...centre('taishang', '泉州台商投资区', '泉州台商投资区', '东园镇', 24.97189, 118.77195, 13), status: 'preparing' },
];
