import { FieldCipher } from '../common/crypto/field-cipher.js';
import { deriveKey } from '../common/crypto/keys.js';
import { Secrets } from '../common/crypto/secrets.js';
import { hashPassword, verifyPassword } from './password.js';
import { TokenService } from './token.service.js';

const config = { appSecret: 'x'.repeat(40), appSecretPrevious: undefined };
const secretsOf = (appSecret: string, appSecretPrevious?: string) => new Secrets({ appSecret, appSecretPrevious });

describe('TokenService', () => {
  const tokens = new TokenService(new Secrets(config));
  const now = 1_800_000_000;

  it('signs and verifies woman and staff tokens', () => {
    const woman = tokens.sign({ typ: 'woman', sub: 'client-1', via: 'guest', ver: 0, exp: now + 60 });
    expect(tokens.verify(woman, now)).toEqual({ typ: 'woman', sub: 'client-1', via: 'guest', ver: 0, exp: now + 60 });
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
    const token = tokens.sign({ typ: 'woman', sub: 'client-1', via: 'guest', ver: 0, exp: now + 60 });
    expect(tokens.verify(token, now + 60)).toBeUndefined();
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ typ: 'staff', sub: 'x', role: 'city_admin', centre: null, ver: 1, exp: now + 60 }),
    ).toString('base64url');
    expect(tokens.verify(`${header}.${forged}.${signature}`, now)).toBeUndefined();
    expect(new TokenService(secretsOf('y'.repeat(40))).verify(token, now)).toBeUndefined();
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

  it('verifies a token again from memory, still refusing it once expired, and never remembers a forgery', () => {
    const secrets = new Secrets(config);
    let signatureChecks = 0;
    const check = secrets.verify.bind(secrets);
    secrets.verify = (input, signature) => ((signatureChecks += 1), check(input, signature));
    const counted = new TokenService(secrets);
    const token = counted.sign({ typ: 'woman', sub: 'client-2', via: 'guest', ver: 0, exp: now + 60 });
    expect(counted.verify(token, now)).toMatchObject({ sub: 'client-2' });
    expect(counted.verify(token, now)).toMatchObject({ sub: 'client-2' });
    expect(signatureChecks).toBe(1);
    expect(counted.verify(token, now + 60)).toBeUndefined();
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    expect(counted.verify(forged, now)).toBeUndefined();
    expect(counted.verify(forged, now)).toBeUndefined();
    expect(signatureChecks).toBe(3);
  });
});

describe('secret rotation', () => {
  const old = secretsOf('o'.repeat(40));
  const rotated = secretsOf('n'.repeat(40), 'o'.repeat(40));
  const now = 1_800_000_000;

  it('keeps what the previous secret signed and sealed readable, and makes everything new with the current one', () => {
    const token = new TokenService(old).sign({ typ: 'woman', sub: 'c', via: 'wechat', ver: 0, exp: now + 60 });
    expect(new TokenService(rotated).verify(token, now)).toMatchObject({ sub: 'c', via: 'wechat' });
    const sealed = old.encrypt('13800135678');
    expect(rotated.decrypt(sealed)).toBe('13800135678');
    expect(rotated.sealedWithCurrent(sealed)).toBe(false);
    expect(rotated.sealedWithCurrent(rotated.encrypt('x'))).toBe(true);
    expect(rotated.previousIdentifier('identifier-hashing-v1', 'openid-a')).toBe(
      old.identifier('identifier-hashing-v1', 'openid-a'),
    );
    expect(rotated.identifier('identifier-hashing-v1', 'openid-a')).not.toBe(
      old.identifier('identifier-hashing-v1', 'openid-a'),
    );
  });

  it('reads nothing of the previous secret once it is gone from the configuration', () => {
    const afterwards = secretsOf('n'.repeat(40));
    expect(() => afterwards.decrypt(old.encrypt('13800135678'))).toThrow();
    const token = new TokenService(old).sign({ typ: 'woman', sub: 'c', via: 'guest', ver: 0, exp: now + 60 });
    expect(new TokenService(afterwards).verify(token, now)).toBeUndefined();
    expect(afterwards.previousIdentifier('identifier-hashing-v1', 'x')).toBeUndefined();
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
