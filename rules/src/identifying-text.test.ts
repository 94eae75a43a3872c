import { identifyingKinds, refusedInNote } from './identifying-text.js';

describe('refusedInNote', () => {
  it.each(['需要法律援助转介', '下周复诊', '情绪稳定，已告知12338', '孩子3岁', '她姓名未说', '住在某小区'])(
    'keeps %s',
    (note) => {
      expect(refusedInNote(note)).toBeUndefined();
    },
  );

  it.each([
    ['13800135678', 'number'],
    ['电话 0595-2288 1234', 'number'],
    ['350521199001011234', 'number'],
    ['her mail is x@y.com', 'email'],
    ['wxid_abc123', 'wechat'],
    ['微信号 abc', 'wechat'],
    ['身份证在包里', 'identityWords'],
    ['家住某小区', 'identityWords'],
  ])('refuses %s (%s)', (note, kind) => {
    expect(refusedInNote(note)).toBe(kind);
  });
});

describe('identifyingKinds', () => {
  it('finds nothing in plain words about her situation', () => {
    expect(identifyingKinds('想咨询离婚后孩子抚养的问题')).toEqual([]);
  });

  it('names every kind a text holds, in a fixed order', () => {
    expect(identifyingKinds('我叫王芳，住在幸福小区3栋，电话13800135678')).toEqual(['number', 'name', 'address']);
    expect(identifyingKinds('陈女士 微信号 abc，邮箱 a@b.cn')).toEqual(['email', 'wechat', 'name']);
  });

  it('tells her husband from a name', () => {
    expect(identifyingKinds('她先生经常喝酒')).toEqual([]);
  });
});
