import { inspect } from 'node:util';
import { Secret } from '../../src/secret';
import { createAdminSig } from '../../src/upstream/admin-sig';
import { decodeUserSig, verifyUserSig } from '../../src/wire/usersig';

const sdkAppId = 1400000000;
const key = 'admin-sig-test-key';

function setup() {
  let t = 1_700_000_000_000;
  const clock = {
    now: () => t,
    advance: (seconds: number) => {
      t += seconds * 1000;
    },
  };
  const sig = createAdminSig({ sdkAppId, secretKey: new Secret(key), identifier: 'administrator', now: clock.now });
  return { clock, sig };
}

describe('admin UserSig cache', () => {
  it('issues a 24 h sig for the admin that verifies', () => {
    const { sig } = setup();
    const s = sig.current();
    expect(decodeUserSig(s)).toMatchObject({ identifier: 'administrator', sdkAppId, time: 1_700_000_000, expire: 86_400 });
    expect(verifyUserSig(s, { sdkAppId, secretKey: key, identifier: 'administrator', now: 1_700_000_000 }).ok).toBe(true);
  });

  it('reuses the same sig while more than an hour of validity is left', () => {
    const { clock, sig } = setup();
    const first = sig.current();
    clock.advance(86_400 - 3_601);
    expect(sig.current()).toBe(first);
  });

  it('renews the sig once less than an hour is left', () => {
    const { clock, sig } = setup();
    const first = sig.current();
    clock.advance(86_400 - 3_600);
    const second = sig.current();
    expect(second).not.toBe(first);
    expect(decodeUserSig(second)?.time).toBe(1_700_000_000 + 86_400 - 3_600);
  });

  it('rejects a renewal margin that is not below the validity', () => {
    expect(() =>
      createAdminSig({ sdkAppId, secretKey: new Secret(key), identifier: 'a', validitySeconds: 60, renewBeforeSeconds: 60 }),
    ).toThrow(RangeError);
  });

  it('prints without the key or the sig', () => {
    const { sig } = setup();
    const s = sig.current();
    const printed = inspect(sig, { showHidden: true, depth: 5 }) + JSON.stringify(sig);
    expect(printed).not.toContain(key);
    expect(printed).not.toContain(s);
  });
});
