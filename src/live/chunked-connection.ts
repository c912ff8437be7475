/**
 * A Relay connection over a list Tencent pages with a string `Next` cursor (spec §11): the live
 * room list and the live member list. The gateway reads it in fixed chunks (whatever `first` a
 * client asks for), so chunks are shared across requests and page sizes; a cursor is (chunk
 * cursor, position in the chunk), so every edge's cursor resumes right after that edge.
 */
import { decodeCursor, encodeCursor, pageOf, type ConnectionValue, type Edge } from '../graphql/connection';

export interface Chunk<T> {
  items: readonly T[];
  /** Tencent's cursor for the next chunk; `''` at the end. */
  next: string;
}

interface ChunkCursor {
  c: string;
  k: number;
}
const isChunkCursor = (x: unknown): x is ChunkCursor =>
  typeof x === 'object' && x !== null && typeof (x as ChunkCursor).c === 'string' &&
  Number.isInteger((x as ChunkCursor).k) && (x as ChunkCursor).k >= 0;

/** `first` items after `after`, reading chunks with `load(cursor)` (`''` = the first chunk). */
export async function chunkedConnection<T>(
  first: number,
  after: string | null | undefined,
  load: (cursor: string) => Promise<Chunk<T>>,
): Promise<ConnectionValue<T>> {
  const start: ChunkCursor = after ? decodeCursor(after, 'after', isChunkCursor) : { c: '', k: 0 };
  const edges: Edge<T>[] = [];
  let cursor = start.c;
  let k = start.k;
  let chunk = await load(cursor);
  for (;;) {
    while (k < chunk.items.length && edges.length < first) {
      k += 1;
      edges.push({ node: chunk.items[k - 1], cursor: encodeCursor({ c: cursor, k }) });
    }
    // A `Next` equal to the cursor just read would loop forever: treat it as the end.
    if (edges.length >= first || !chunk.next || chunk.next === cursor) break;
    cursor = chunk.next;
    k = 0;
    chunk = await load(cursor);
  }
  const hasNextPage = k < chunk.items.length || (chunk.next !== '' && chunk.next !== cursor);
  return pageOf(edges, hasNextPage, start.c !== '' || start.k > 0);
}
