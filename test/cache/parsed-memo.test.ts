/**
 * The per-process memo of parsed cache entries (src/cache/parsed-memo.ts): the same stored text
 * gives back the same frozen value, other text is parsed afresh, and the memo stays bounded.
 * Then over a real shared cache (in-process store): values read twice are the same frozen object,
 * and a write or an invalidation is seen at once.
 */
import { ParsedMemo } from '../../src/cache/parsed-memo';
import { createSharedCache } from '../../src/cache/shared-cache';

const parse = (text: string) => JSON.parse(text) as unknown;

describe('ParsedMemo', () => {
  it('parses a text once and answers the same deeply frozen value for it', () => {
    let parses = 0;
    const memo = new ParsedMemo((t) => (parses++, parse(t)));
    const text = JSON.stringify({ value: { rooms: [{ id: 'a', seats: [{ index: 0 }] }] }, expires: 1 });
    const a = memo.deserialize(text) as any;
    const b = memo.deserialize(`${text}`) as any;
    expect(b).toBe(a);
    expect(parses).toBe(1);
    expect(Object.isFrozen(a.value.rooms[0].seats[0])).toBe(true);
    expect(() => {
      'use strict';
      a.value.rooms[0].id = 'changed';
    }).toThrow(TypeError);
  });

  it('parses other text afresh: a newer write is never answered with an older value', () => {
    const memo = new ParsedMemo(parse);
    const older = memo.deserialize('{"value":{"name":"old"}}') as any;
    const newer = memo.deserialize('{"value":{"name":"new"}}') as any;
    expect(newer.value.name).toBe('new');
    expect(older.value.name).toBe('old');
  });

  it('keeps at most maxEntries, dropping the least recently used first', () => {
    const memo = new ParsedMemo(parse, { maxEntries: 2 });
    const a = memo.deserialize('{"v":"a"}');
    memo.deserialize('{"v":"b"}');
    expect(memo.deserialize('{"v":"a"}')).toBe(a); // a is now the most recent
    memo.deserialize('{"v":"c"}'); // evicts b
    expect(memo.size).toBe(2);
    expect(memo.deserialize('{"v":"a"}')).toBe(a);
  });

  it('does not remember values it cannot freeze (keyv\'s Buffers) or texts past its size bound', () => {
    const withBuffer = new ParsedMemo(() => ({ value: Buffer.from('x') }));
    const x = withBuffer.deserialize('{}');
    expect(withBuffer.deserialize('{}')).not.toBe(x);
    const small = new ParsedMemo(parse, { maxChars: 64 });
    const long = JSON.stringify({ v: 'y'.repeat(100) });
    expect(small.deserialize(long)).not.toBe(small.deserialize(long));
    expect(small.size).toBe(0);
  });
});

describe('the shared cache over the memo', () => {
  it('answers the same frozen value for an unchanged entry, and a new one after a write or a delete', async () => {
    const cache = createSharedCache({ namespace: `memo-${process.pid}`, ttlMs: 60_000 });
    await cache.set('k', { seats: [{ index: 0, userId: 'a' }] });
    const first = await cache.get<any>('k');
    const again = await cache.get<any>('k');
    expect(again).toBe(first);
    expect(Object.isFrozen(first.seats[0])).toBe(true);
    const [many] = await cache.getMany<any>(['k']);
    expect(many).toBe(first);

    await cache.set('k', { seats: [{ index: 0, userId: 'b' }] });
    expect((await cache.get<any>('k')).seats[0].userId).toBe('b');
    await cache.delete(['k']);
    expect(await cache.get('k')).toBeUndefined();
    await cache.close();
  });
});
