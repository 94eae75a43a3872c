import type { AppConfig } from '../config/app-config.js';
import { FieldCipher } from '../common/crypto/field-cipher.js';
import { deriveKey } from '../common/crypto/keys.js';
import { hashPassword, verifyPassword } from './password.js';
import { TokenService } from './token.service.js';

const config = { appSecret: 'x'.repeat(40) } as AppConfig;

describe('TokenService', () => {
  const tokens = new TokenService(config);
  const now = 1_800_000_000;

  it('signs and verifies woman and staff tokens', () => {
    const woman = tokens.sign({ typ: 'woman', sub: 'client-1', exp: now + 60 });
    expect(tokens.verify(woman, now)).toEqual({ typ: 'woman', sub: 'client-1', exp: now + 60 });
    const staff = tokens.sign({
      typ: 'staff',
      sub: 'acc-1',
      role: 'centre_admin',
      centre: 'jinjiang',
      ver: 3,
      exp: now + 60,
    });
    expect(tokens.verify(staff, now)).toEqual({
      typ: 'staff',
      sub: 'acc-1',
      role: 'centre_admin',
      centre: 'jinjiang',
      ver: 3,
      exp: now + 60,
    });
  });

  it('refuses expired, tampered and foreign tokens', () => {
    const token = tokens.sign({ typ: 'woman', sub: 'client-1', exp: now + 60 });
    expect(tokens.verify(token, now + 60)).toBeUndefined();
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ typ: 'staff', sub: 'x', role: 'city_admin', centre: null, ver: 1, exp: now + 60 }),
    ).toString('base64url');
    expect(tokens.verify(`${header}.${forged}.${signature}`, now)).toBeUndefined();
    expect(new TokenService({ appSecret: 'y'.repeat(40) } as AppConfig).verify(token, now)).toBeUndefined();
    expect(tokens.verify('a.b', now)).toBeUndefined();
    const unknownRole = tokens.sign({
      typ: 'staff',
      sub: 'x',
      role: 'root' as 'staff',
      centre: null,
      ver: 1,
      exp: now + 60,
    });
    expect(tokens.verify(unknownRole, now)).toBeUndefined();
  });
});

describe('passwords', () => {
  it('hashes with a fresh salt and verifies only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).not.toBe(b);
    await expect(verifyPassword('correct horse battery', a)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batterY', a)).resolves.toBe(false);
    await expect(verifyPassword('anything', 'md5$abc')).resolves.toBe(false);
  });
});

describe('FieldCipher', () => {
  const cipher = new FieldCipher(deriveKey(config.appSecret, 'field-encryption-v1'));

  it('round-trips, with a fresh nonce each time', () => {
    const a = cipher.encrypt('13800135678');
    const b = cipher.encrypt('13800135678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13800135678');
    expect(cipher.decrypt(a)).toBe('13800135678');
  });

  it('refuses tampered text and other keys', () => {
    const sealed = cipher.encrypt('13800135678');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => cipher.decrypt([...parts.slice(0, 3), flipped.toString('base64url')].join('.'))).toThrow();
    const other = new FieldCipher(deriveKey(config.appSecret, 'token-signing-v1'));
    expect(() => other.decrypt(sealed)).toThrow();
    expect(() => cipher.decrypt('v2.x.y.z')).toThrow();
  });
});
