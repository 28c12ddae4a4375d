import { describe, expect, it } from 'vitest';
import { chunkReader } from '../../../lib/import/chunk-reader';

const BYTES = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 251);

/** A byte stream (as a browser's File.stream() is) handing out `piece` bytes at a time, whatever the reader asks. */
function byteStream(piece: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      if (at >= BYTES.length) {
        controller.close();
        request?.respond(0);
        return;
      }
      const n = Math.min(piece, BYTES.length - at, request?.view?.byteLength ?? piece);
      if (request?.view) {
        new Uint8Array(request.view.buffer, request.view.byteOffset, n).set(BYTES.subarray(at, at + n));
        request.respond(n);
      } else controller.enqueue(BYTES.slice(at, at + n));
      at += n;
    },
  });
}

function plainStream(piece: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= BYTES.length) return controller.close();
      controller.enqueue(BYTES.slice(at, at + piece));
      at += piece;
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>, size: number) {
  const reader = chunkReader(stream, size);
  const copies: Uint8Array[] = [];
  const chunks: Uint8Array[] = [];
  for (let chunk = await reader.read(); chunk; chunk = await reader.read()) {
    chunks.push(chunk);
    copies.push(chunk.slice());
  }
  return { chunks, copies, joined: Uint8Array.from(copies.flatMap((c) => [...c])) };
}

describe('a file read in chunks of one buffer', () => {
  it.each([1, 100, 1000, 4096, 20_000])('a byte stream giving %i bytes a time: every byte once, in order, in full chunks but the last', async (piece) => {
    const { copies, joined } = await readAll(byteStream(piece), 4096);
    expect(joined).toEqual(BYTES);
    expect(copies.map((c) => c.length)).toEqual([4096, 4096, 1808]);
  });

  it('fills the same buffer again: a chunk is gone (empty) once the next one is read', async () => {
    const { chunks } = await readAll(byteStream(1000), 4096);
    expect(chunks.slice(0, -1).every((c) => c.length === 0)).toBe(true);
  });

  it('reads a stream that is not a byte stream as its chunks come', async () => {
    const { copies, joined } = await readAll(plainStream(3000), 4096);
    expect(joined).toEqual(BYTES);
    expect(copies.map((c) => c.length)).toEqual([3000, 3000, 3000, 1000]);
  });
});
