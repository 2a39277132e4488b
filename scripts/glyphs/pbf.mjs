/**
 * The glyph range file format MapLibre reads from a style's `glyphs` URL (the glyphs.proto of
 * mapbox/glyph-pbf-composite): a list of font stacks, each with a name, a range and glyphs. The
 * writer is a few lines of protobuf wire format, so the glyph build needs no encoder package; the
 * reader is what the tests use to check the committed files.
 */

const BORDER = 3;

/** @param {number[]} out @param {number} n */
function varint(out, n) {
  let v = n >>> 0;
  while (v > 127) {
    out.push((v & 127) | 128);
    v >>>= 7;
  }
  out.push(v);
}

/** @param {number[]} out @param {number} field @param {number} n */
function uintField(out, field, n) {
  varint(out, field << 3);
  varint(out, n);
}

/** @param {number[]} out @param {number} field @param {number} n */
function sintField(out, field, n) {
  varint(out, field << 3);
  varint(out, n >= 0 ? n * 2 : -n * 2 - 1);
}

/** @param {number[]} out @param {number} field @param {ArrayLike<number>} bytes */
function bytesField(out, field, bytes) {
  varint(out, (field << 3) | 2);
  varint(out, bytes.length);
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]);
}

/**
 * @param {{ name: string, range: string, glyphs: import('./pbf.d.mts').Glyph[] }} stack
 * @returns {Uint8Array}
 */
export function writeGlyphRange(stack) {
  const body = [];
  bytesField(body, 1, new TextEncoder().encode(stack.name));
  bytesField(body, 2, new TextEncoder().encode(stack.range));
  for (const g of stack.glyphs) {
    const glyph = [];
    uintField(glyph, 1, g.id);
    if (g.width > 0 && g.height > 0) bytesField(glyph, 2, g.bitmap);
    uintField(glyph, 3, g.width);
    uintField(glyph, 4, g.height);
    sintField(glyph, 5, g.left);
    sintField(glyph, 6, g.top);
    uintField(glyph, 7, g.advance);
    bytesField(body, 3, glyph);
  }
  const out = [];
  bytesField(out, 1, body);
  return Uint8Array.from(out);
}

/**
 * @param {Uint8Array} data
 * @returns {{ name: string, range: string, glyphs: import('./pbf.d.mts').Glyph[] }[]}
 */
export function readGlyphRanges(data) {
  let pos = 0;
  const readVarint = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = data[pos++];
      if (b === undefined) throw new Error('truncated varint');
      result += (b & 127) * 2 ** shift;
      if (b < 128) return result;
      shift += 7;
    }
  };
  /** @param {number} end @param {(field: number, wire: number) => void} onField */
  const fields = (end, onField) => {
    while (pos < end) {
      const key = readVarint();
      onField(key >> 3, key & 7);
    }
    if (pos !== end) throw new Error('a message overran its length');
  };
  const sub = () => {
    const len = readVarint();
    return pos + len;
  };
  const text = () => {
    const end = sub();
    const s = new TextDecoder().decode(data.subarray(pos, end));
    pos = end;
    return s;
  };
  const skip = (wire) => {
    if (wire === 0) readVarint();
    else if (wire === 2) pos = sub();
    else throw new Error(`unexpected wire type ${wire}`);
  };
  const stacks = [];
  fields(data.length, (field, wire) => {
    if (field !== 1 || wire !== 2) return skip(wire);
    const stack = { name: '', range: '', glyphs: /** @type {import('./pbf.d.mts').Glyph[]} */ ([]) };
    fields(sub(), (f, w) => {
      if (f === 1 && w === 2) stack.name = text();
      else if (f === 2 && w === 2) stack.range = text();
      else if (f === 3 && w === 2) {
        const g = { id: 0, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0, advance: 0 };
        fields(sub(), (gf, gw) => {
          if (gf === 2 && gw === 2) {
            const end = sub();
            g.bitmap = data.slice(pos, end);
            pos = end;
          } else if (gw !== 0) skip(gw);
          else {
            const v = readVarint();
            if (gf === 1) g.id = v;
            else if (gf === 3) g.width = v;
            else if (gf === 4) g.height = v;
            else if (gf === 5) g.left = v % 2 ? -(v + 1) / 2 : v / 2;
            else if (gf === 6) g.top = v % 2 ? -(v + 1) / 2 : v / 2;
            else if (gf === 7) g.advance = v;
          }
        });
        stack.glyphs.push(g);
      } else skip(w);
    });
    stacks.push(stack);
  });
  return stacks;
}

/** The SDF margin around each glyph's bitmap, fixed by the format. */
export const GLYPH_BORDER = BORDER;
