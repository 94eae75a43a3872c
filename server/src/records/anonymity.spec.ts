import { personalDataInNote } from './anonymity.js';

describe('personalDataInNote', () => {
  it.each(['需要法律援助转介', '下周复诊', '情绪稳定，已告知12338', '孩子3岁'])('accepts %s', (note) => {
    expect(personalDataInNote(note)).toBeUndefined();
  });

  it.each([
    ['13800135678', 'phone number'],
    ['电话 0595-2288 1234', 'phone number'],
    ['350521199001011234', 'ID number'],
    ['her mail is x@y.com', 'e-mail'],
    ['wxid_abc123', 'WeChat'],
    ['微信号 abc', 'WeChat'],
    ['身份证在包里', 'identity'],
    ['家住某小区', 'address'],
  ])('refuses %s (%s)', (note) => {
    expect(personalDataInNote(note)).toEqual(expect.any(String));
  });
});
