import { describe, expect, it } from 'vitest';
import { type EncodedFrame, muxWebm, sizeVint } from '../../../src/video/webmMuxer';

/** Reads the file back: a small EBML walker, independent of the writer, for the elements checked here. */
function readWebm(bytes: Uint8Array) {
  const vint = (p: number, keepMarker: boolean) => {
    const first = bytes[p] as number;
    let len = 1;
    while (len <= 8 && !(first & (0x80 >> (len - 1)))) len++;
    let val = keepMarker ? first : first & ((0x80 >> (len - 1)) - 1);
    for (let i = 1; i < len; i++) val = val * 256 + (bytes[p + i] as number);
    return { val, len };
  };
  const masters = new Set([0x18538067, 0x1654ae6b, 0xae, 0xe0, 0x1549a966, 0x1f43b675]);
  const out = {
    codec: '',
    width: 0,
    height: 0,
    durationMs: 0,
    blocks: [] as { ms: number; key: boolean; size: number }[],
    clusters: 0,
  };
  let cluster = 0;
  const uintAt = (p: number, end: number) => {
    let v = 0;
    for (let i = p; i < end; i++) v = v * 256 + (bytes[i] as number);
    return v;
  };
  const walk = (start: number, end: number) => {
    let p = start;
    while (p < end) {
      const id = vint(p, true);
      p += id.len;
      const size = vint(p, false);
      p += size.len;
      const stop = p + size.val;
      expect(stop).toBeLessThanOrEqual(end);
      if (masters.has(id.val)) {
        if (id.val === 0x1f43b675) out.clusters++;
        walk(p, stop);
      } else if (id.val === 0x86) out.codec = new TextDecoder().decode(bytes.subarray(p, stop));
      else if (id.val === 0xb0) out.width = uintAt(p, stop);
      else if (id.val === 0xba) out.height = uintAt(p, stop);
      else if (id.val === 0x4489) out.durationMs = new DataView(bytes.buffer, bytes.byteOffset + p, 8).getFloat64(0);
      else if (id.val === 0xe7) cluster = uintAt(p, stop);
      else if (id.val === 0xa3) {
        const rel = new DataView(bytes.buffer, bytes.byteOffset + p + 1, 2).getInt16(0);
        out.blocks.push({ ms: cluster + rel, key: ((bytes[p + 3] as number) & 0x80) !== 0, size: size.val - 4 });
      }
      p = stop;
    }
  };
  walk(0, bytes.length);
  return out;
}

const frames = (n: number, fps: number, keyEvery: number): EncodedFrame[] =>
  Array.from({ length: n }, (_, k) => ({
    timestamp: Math.round((k * 1e6) / fps),
    key: k % keyEvery === 0,
    data: new Uint8Array(10 + k).fill(k),
  }));

describe('sizeVint', () => {
  it('writes sizes in the fewest bytes, never as the all-ones "unknown" value', () => {
    expect([...sizeVint(5)]).toEqual([0x85]);
    expect([...sizeVint(126)]).toEqual([0xfe]);
    expect([...sizeVint(127)]).toEqual([0x40, 0x7f]);
    expect([...sizeVint(300)]).toEqual([0x41, 0x2c]);
  });
});

describe('muxWebm', () => {
  it('writes a WebM whose frames are at k/fps and whose duration is frames ÷ fps', async () => {
    const blob = muxWebm({ codecId: 'V_VP9', width: 1280, height: 720, fps: 10 }, frames(30, 10, 20));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(new TextDecoder().decode(bytes.subarray(0, 40))).toContain('webm');
    const file = readWebm(bytes);
    expect(file.codec).toBe('V_VP9');
    expect([file.width, file.height]).toEqual([1280, 720]);
    expect(file.durationMs).toBe(3000);
    expect(file.blocks.map((b) => b.ms)).toEqual(Array.from({ length: 30 }, (_, k) => k * 100));
    expect(file.blocks.map((b) => b.size)).toEqual(Array.from({ length: 30 }, (_, k) => 10 + k));
    // A cluster starts at each key frame, so a player can seek to it.
    expect(file.clusters).toBe(2);
    expect(file.blocks.filter((b) => b.key).map((b) => b.ms)).toEqual([0, 2000]);
  });

  it('starts a new cluster before a block’s relative time would overflow', async () => {
    // 40 s at 1 fps with a single key frame: 16-bit relative times would overflow past 32.767 s.
    const blob = muxWebm({ codecId: 'V_VP8', width: 2, height: 2, fps: 1 }, frames(40, 1, 1000));
    const file = readWebm(new Uint8Array(await blob.arrayBuffer()));
    expect(file.clusters).toBe(2);
    expect(file.blocks.map((b) => b.ms)).toEqual(Array.from({ length: 40 }, (_, k) => k * 1000));
    expect(file.durationMs).toBe(40_000);
  });
});
