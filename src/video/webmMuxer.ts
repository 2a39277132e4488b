/*
 * A minimal WebM (Matroska) writer for one video track of encoded VP8/VP9 frames: the EBML header,
 * the segment's info (with the duration, which MediaRecorder's files lack), the track, and clusters
 * of SimpleBlocks. Pure: bytes in, bytes out, so it is unit-tested by reading its output back.
 *
 * Why not MediaRecorder alone: it stamps frames with the wall clock when the page next paints, and
 * measured in headless Chromium with software WebGL, pausing it between frames still left them
 * unevenly spaced at 10 fps (0–530 ms apart, some sharing a time) and lost some (20 of 30 frames). Frames encoded with WebCodecs carry the timestamps we give
 * them (frame k at k/fps s), so the file's length is frames ÷ fps exactly however slow drawing is.
 */

export interface EncodedFrame {
  /** Microseconds from the start. */
  timestamp: number;
  key: boolean;
  data: Uint8Array;
}

export interface WebmTrack {
  /** 'V_VP8' or 'V_VP9'. */
  codecId: string;
  width: number;
  height: number;
  fps: number;
}

const ID = {
  EBML: [0x1a, 0x45, 0xdf, 0xa3],
  EBMLVersion: [0x42, 0x86],
  EBMLReadVersion: [0x42, 0xf7],
  EBMLMaxIDLength: [0x42, 0xf2],
  EBMLMaxSizeLength: [0x42, 0xf3],
  DocType: [0x42, 0x82],
  DocTypeVersion: [0x42, 0x87],
  DocTypeReadVersion: [0x42, 0x85],
  Segment: [0x18, 0x53, 0x80, 0x67],
  Info: [0x15, 0x49, 0xa9, 0x66],
  TimecodeScale: [0x2a, 0xd7, 0xb1],
  Duration: [0x44, 0x89],
  MuxingApp: [0x4d, 0x80],
  WritingApp: [0x57, 0x41],
  Tracks: [0x16, 0x54, 0xae, 0x6b],
  TrackEntry: [0xae],
  TrackNumber: [0xd7],
  TrackUID: [0x73, 0xc5],
  TrackType: [0x83],
  FlagLacing: [0x9c],
  CodecID: [0x86],
  DefaultDuration: [0x23, 0xe3, 0x83],
  Video: [0xe0],
  PixelWidth: [0xb0],
  PixelHeight: [0xba],
  Cluster: [0x1f, 0x43, 0xb6, 0x75],
  Timecode: [0xe7],
  SimpleBlock: [0xa3],
} as const;

type Bytes = Uint8Array;

function concat(parts: readonly Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An element size as an EBML variable-length integer, in the fewest bytes (sizes < 2^56 − 1). */
export function sizeVint(n: number): Bytes {
  let len = 1;
  while (len < 8 && n >= 2 ** (7 * len) - 1) len++;
  const out = new Uint8Array(len);
  let v = n;
  for (let i = len - 1; i >= 0; i--) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  out[0] = (out[0] as number) | (0x80 >> (len - 1));
  return out;
}

function uint(n: number): Bytes {
  const bytes: number[] = [];
  let v = Math.max(0, Math.floor(n));
  do {
    bytes.unshift(v % 256);
    v = Math.floor(v / 256);
  } while (v > 0);
  return Uint8Array.from(bytes);
}

function element(id: readonly number[], body: Bytes): Bytes {
  return concat([Uint8Array.from(id), sizeVint(body.length), body]);
}
const master = (id: readonly number[], children: readonly Bytes[]) => element(id, concat(children));
const uintEl = (id: readonly number[], n: number) => element(id, uint(n));
const textEl = (id: readonly number[], s: string) => element(id, new TextEncoder().encode(s));
function floatEl(id: readonly number[], x: number): Bytes {
  const body = new Uint8Array(8);
  new DataView(body.buffer).setFloat64(0, x);
  return element(id, body);
}

/** A cluster's blocks are timed relative to it in a signed 16-bit field: start a new one well before that overflows. */
const MAX_CLUSTER_MS = 30_000;

/**
 * The WebM file. Blocks are timed in milliseconds; the duration is the last frame's time plus one
 * frame (every frame shows for 1/fps s), which is also the track's default frame duration, so a
 * player knows how long the last frame lasts.
 */
export function muxWebm(track: WebmTrack, frames: readonly EncodedFrame[]): Blob {
  const frameMs = 1000 / track.fps;
  const last = frames[frames.length - 1];
  const durationMs = last ? last.timestamp / 1000 + frameMs : 0;
  const header = master(ID.EBML, [
    uintEl(ID.EBMLVersion, 1),
    uintEl(ID.EBMLReadVersion, 1),
    uintEl(ID.EBMLMaxIDLength, 4),
    uintEl(ID.EBMLMaxSizeLength, 8),
    textEl(ID.DocType, 'webm'),
    uintEl(ID.DocTypeVersion, 2),
    uintEl(ID.DocTypeReadVersion, 2),
  ]);
  const info = master(ID.Info, [
    uintEl(ID.TimecodeScale, 1_000_000),
    floatEl(ID.Duration, durationMs),
    textEl(ID.MuxingApp, 'kg-tj-border-map'),
    textEl(ID.WritingApp, 'kg-tj-border-map'),
  ]);
  const tracks = master(ID.Tracks, [
    master(ID.TrackEntry, [
      uintEl(ID.TrackNumber, 1),
      uintEl(ID.TrackUID, 1),
      uintEl(ID.TrackType, 1),
      uintEl(ID.FlagLacing, 0),
      textEl(ID.CodecID, track.codecId),
      uintEl(ID.DefaultDuration, Math.round(1e9 / track.fps)),
      master(ID.Video, [uintEl(ID.PixelWidth, track.width), uintEl(ID.PixelHeight, track.height)]),
    ]),
  ]);
  const clusters: Bytes[] = [];
  let blocks: Bytes[] = [];
  let clusterStart = 0;
  const close = () => {
    if (blocks.length > 0) clusters.push(master(ID.Cluster, [uintEl(ID.Timecode, clusterStart), ...blocks]));
    blocks = [];
  };
  for (const frame of frames) {
    const ms = Math.round(frame.timestamp / 1000);
    // A cluster begins at a key frame (so a player can seek to it) or before the relative time overflows.
    if (blocks.length === 0 || (frame.key && ms > clusterStart) || ms - clusterStart >= MAX_CLUSTER_MS) {
      close();
      clusterStart = ms;
    }
    const head = new Uint8Array(4);
    head[0] = 0x81; // track number 1 as a vint
    new DataView(head.buffer).setInt16(1, ms - clusterStart);
    head[3] = frame.key ? 0x80 : 0x00;
    blocks.push(element(ID.SimpleBlock, concat([head, frame.data])));
  }
  close();
  // The segment's size is known: everything is in memory (a 5-minute 720p video is some 200 MB at most).
  const body = [info, tracks, ...clusters];
  const segmentSize = body.reduce((n, p) => n + p.length, 0);
  return new Blob([header, Uint8Array.from(ID.Segment), sizeVint(segmentSize), ...body] as BlobPart[], { type: 'video/webm' });
}
