import type { Profession } from '@wac/rules';

export interface DemoWallPerson {
  surname: string;
  title: string;
  professions: Profession[];
  bio: string;
}

const SURNAMES = [
  '陈',
  '林',
  '黄',
  '王',
  '李',
  '张',
  '吴',
  '蔡',
  '郑',
  '许',
  '刘',
  '洪',
  '苏',
  '庄',
  '杨',
  '施',
  '曾',
  '周',
  '谢',
];

/** Demo wall people for one centre: a lawyer, a counsellor and a mediator, as DOMAIN.md requires at least. */
export function demoWallPeople(centreIndex: number): DemoWallPerson[] {
  const surname = (offset: number) => SURNAMES[(centreIndex * 3 + offset) % SURNAMES.length] ?? '陈';
  return [
    {
      surname: surname(0),
      title: '律师',
      professions: ['lawyer'],
      bio: '执业律师，熟悉婚姻家庭、财产与抚养纠纷的法律问题。（示例资料）',
    },
    {
      surname: surname(1),
      title: '老师',
      professions: ['counsellor'],
      bio: '心理咨询师，提供情绪疏导与心理支持，耐心倾听。（示例资料）',
    },
    {
      surname: surname(2),
      title: '调解员',
      professions: ['mediator', 'social_worker'],
      bio: '家事纠纷调解员，协助家庭成员平和沟通、化解矛盾。（示例资料）',
    },
  ];
}

/** A small neutral portrait placeholder (an initial on a soft circle), stored like any uploaded photo. */
export function placeholderPortrait(initial: string, hue: number): Buffer {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160">` +
    `<rect width="160" height="160" fill="hsl(${hue},45%,88%)"/>` +
    `<circle cx="80" cy="62" r="30" fill="hsl(${hue},35%,62%)"/>` +
    `<path d="M30 150c4-34 26-50 50-50s46 16 50 50z" fill="hsl(${hue},35%,62%)"/>` +
    `<text x="80" y="74" font-size="32" text-anchor="middle" fill="#fff" font-family="sans-serif">${initial}</text>` +
    `</svg>`;
  return Buffer.from(svg, 'utf8');
}
