/**
 * Integrity of the shipped dataset, public/data/events.json. These run on the real file, so a bad
 * edit to the data fails CI with the record id and field in the message.
 */
import { describe, expect, it } from 'vitest';
import { formatRecordError, parseEventFile } from '../../../src/data/parseEventFile';
import { eventInterval, toDayNumber } from '../../../src/model/days';
import { isHttpUrl } from '../../../src/model/httpUrl';
import { YEAR_RANGE } from '../../../src/model/record';
import { REGION_BOUNDS } from '../../../src/model/region';
import { eventFile, geoFeatureIds, parseErrors, rawEventFile } from './realData';

const { events, sources, places, states } = eventFile;
const raw = rawEventFile as { events: unknown[]; places: unknown[]; sources: Record<string, unknown> };

const inBox = ([lon, lat]: readonly [number, number]) =>
  lon >= REGION_BOUNDS.west && lon <= REGION_BOUNDS.east && lat >= REGION_BOUNDS.south && lat <= REGION_BOUNDS.north;

describe('events.json validates strictly', () => {
  it('has no record errors at all', () => {
    expect(parseErrors.map(formatRecordError)).toEqual([]);
  });

  it('kept every record (nothing was silently skipped)', () => {
    expect(events).toHaveLength(raw.events.length);
    expect(places).toHaveLength(raw.places.length);
    expect(Object.keys(sources)).toHaveLength(Object.keys(raw.sources).length);
  });

  it('has at least 50 events', () => {
    expect(events.length).toBeGreaterThanOrEqual(50);
  });
});

describe('ids', () => {
  it('event ids are unique', () => {
    const ids = events.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('place ids are unique and do not duplicate a map feature', () => {
    const ids = places.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const geo = geoFeatureIds().ids;
    expect(ids.filter((id) => geo.has(id))).toEqual([]);
  });
});

describe('dates', () => {
  it('every event date and end is real and within the year range', () => {
    const lo = toDayNumber(`${YEAR_RANGE.min}-01-01`);
    const hi = toDayNumber(`${YEAR_RANGE.max + 1}-01-01`);
    for (const e of events) {
      const { start, end } = eventInterval(e);
      expect(start, e.id).toBeGreaterThanOrEqual(lo);
      expect(end, e.id).toBeLessThanOrEqual(hi);
      expect(end, e.id).toBeGreaterThan(start);
    }
  });

  it('nothing is dated after 2025, the end of the time slider', () => {
    const late = events.filter((e) => eventInterval(e).end > toDayNumber('2026-01-01')).map((e) => e.id);
    expect(late).toEqual([]);
  });
});

describe('locations', () => {
  it('every pin inside the region box, unless marked outsideRegion with an explaining note', () => {
    for (const e of events) {
      if (e.outsideRegion) {
        expect(e.locationNote?.en, e.id).toBeTruthy();
        expect(e.locationPrecision, e.id).not.toBe('exact');
      } else {
        expect(inBox(e.location), `${e.id} at ${e.location.join(',')}`).toBe(true);
      }
    }
  });

  it('every pin that is not exact says why', () => {
    for (const e of events.filter((x) => x.locationPrecision !== 'exact')) expect(e.locationNote?.en, e.id).toBeTruthy();
  });

  it('the geo layers are present to resolve place ids against', () => {
    const { files } = geoFeatureIds();
    expect(files, 'public/geo/*.geojson missing: run npm run data:geo').toEqual(
      expect.arrayContaining([
        'towns.geojson',
        'checkpoints.geojson',
        'enclaves.geojson',
        'water.geojson',
        'trijunction.geojson',
      ]),
    );
  });

  it('every place id resolves to a public/geo feature or to a place in events.json', () => {
    const known = new Set([...geoFeatureIds().ids, ...places.map((p) => p.id)]);
    const unresolved = events.flatMap((e) => e.places.filter((p) => !known.has(p)).map((p) => `${e.id}: ${p}`));
    expect(unresolved).toEqual([]);
    const cps = Object.keys(states.checkpoints).filter((cp) => !known.has(cp));
    expect(cps).toEqual([]);
    // The loader's own check agrees when given the same ids.
    expect(parseEventFile(rawEventFile, { knownPlaceIds: known }).errors.map(formatRecordError)).toEqual([]);
  });

  it('every place in events.json is used by an event', () => {
    const used = new Set(events.flatMap((e) => e.places));
    expect(places.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('sources and figures', () => {
  it('every event has at least one source, and every cited source exists', () => {
    for (const e of events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(sources[s], `${e.id} cites ${s}`).toBeDefined();
    }
  });

  it('every figure names a source that its event lists', () => {
    for (const e of events) for (const f of e.figures) expect(e.sources, `${e.id} figure from ${f.source}`).toContain(f.source);
  });

  it('every source URL is http or https', () => {
    for (const [id, s] of Object.entries(sources)) if (s.url !== undefined) expect(isHttpUrl(s.url), id).toBe(true);
  });

  it('every source is cited somewhere', () => {
    const cited = new Set([
      ...events.flatMap((e) => e.sources),
      ...states.border.flatMap((s) => s.sources),
      ...Object.values(states.checkpoints).flatMap((l) => l.flatMap((s) => s.sources)),
    ]);
    expect(Object.keys(sources).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('the three seeds are cited by publisher, title and date', () => {
    const seeds = Object.entries(sources).filter(([, s]) => s.kind === 'seed');
    expect(seeds.map(([id]) => id).sort()).toEqual([
      'seed-encyclopedia-kg-tj-relations',
      'seed-muhammadzoda-2025-03-17',
      'seed-orda-2025-03',
    ]);
  });

  it('no two figures from one source repeat the same claim (notes aside: the UI keys rows by claim)', () => {
    for (const e of events) {
      const keys = e.figures.map(
        (f) => `${f.source}|${f.metric}|${f.label?.en ?? ''}|${f.side}|${f.value}|${f.qualifier}|${f.asOf ?? ''}`,
      );
      expect(
        keys.filter((k, i) => keys.indexOf(k) !== i),
        e.id,
      ).toEqual([]);
    }
  });
});

describe('crossing states', () => {
  const lists = { border: states.border, ...states.checkpoints };

  it('intervals of each list do not overlap, and at most the last one is open-ended', () => {
    for (const [owner, list] of Object.entries(lists)) {
      const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
      sorted.forEach((s, i) => {
        const next = sorted[i + 1];
        if (next) {
          expect(s.to, `${owner}[${i}] is open-ended but followed by ${next.from}`).toBeDefined();
          expect(toDayNumber(s.to as string), `${owner}: ${s.from}→${s.to} overlaps ${next.from}`).toBeLessThanOrEqual(
            toDayNumber(next.from),
          );
        }
      });
    }
  });

  it('covers the five checkpoints of the Kyrgyz–Tajik border', () => {
    expect(Object.keys(states.checkpoints).sort()).toEqual([
      'cp-bor-dobo-kyzyl-art',
      'cp-kairagach-madaniyat',
      'cp-karamyk-tojvaron',
      'cp-kulundu-ovchi-kalacha',
      'cp-kyzyl-bel-guliston',
    ]);
  });
});
