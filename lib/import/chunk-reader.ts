/**
 * A file's bytes in chunks read into one buffer, used again for every chunk: where the stream lets its reader bring
 * the buffer (a byte stream, as a browser's `File.stream()` is), no chunk is a new allocation. A default reader
 * allocates every chunk, and in a browser worker those buffers live outside the JS heap until a collection finds
 * them dead: tens of MB of a 1 GB import (measured in Chromium). A chunk is only valid until the next `read()`:
 * the buffer then goes back to the stream (and every view of it reads as empty).
 *
 * Streams that are not byte streams (Node's, in tests) are read with a default reader, their chunks as they come.
 */

/** Bytes of one chunk (each read fills the buffer, but for the file's last). */
export const CHUNK_BYTES = 512 * 1024;

export interface ChunkReader {
  /** The next chunk, or null at the end. */
  read(): Promise<Uint8Array | null>;
  cancel(): Promise<void>;
}

export function chunkReader(stream: ReadableStream<Uint8Array>, size = CHUNK_BYTES): ChunkReader {
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = stream.getReader({ mode: 'byob' });
  } catch {
    byob = null;
  }
  if (!byob) {
    const plain = stream.getReader();
    return {
      async read() {
        for (;;) {
          const { value, done } = await plain.read();
          if (done) return null;
          if (value && value.length > 0) return value;
        }
      },
      cancel: () => plain.cancel(),
    };
  }
  const reader = byob;
  let buffer: ArrayBuffer | null = new ArrayBuffer(size);
  return {
    async read() {
      let filled = 0;
      while (buffer && filled < size) {
        const { value, done } = await reader.read(new Uint8Array(buffer, filled, size - filled));
        // The buffer comes back in `value` (moved, not copied); a cancelled stream gives nothing back.
        buffer = value ? (value.buffer as ArrayBuffer) : null;
        filled += value?.byteLength ?? 0;
        if (done) break;
      }
      if (!buffer || filled === 0) {
        buffer = null;
        return null;
      }
      return new Uint8Array(buffer, 0, filled);
    },
    cancel: () => reader.cancel(),
  };
}
