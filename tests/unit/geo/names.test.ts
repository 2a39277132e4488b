import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureById, GEO_DIR, LAYERS, readLayer } from './geoFiles';

const NAME_KEYS = ['name_en', 'name_ru', 'name_ky', 'name_tg', 'name_uz'];

describe('names', () => {
  // Villages come from GeoNames, whose cities500 alternate names carry no language: a Russian name is
  // given only where the script makes it certain (scripts/geo/villages.mjs), so there only name_en is
  // required and the app falls back to it.
  const required = (name: string) => (name === 'villages' ? ['name_en'] : ['name_en', 'name_ru']);

  it.each(LAYERS)(
    '%s: every named feature has non-empty name_en (and name_ru outside villages), and name fields are non-empty strings',
    (name) => {
      for (const f of readLayer(name).features) {
        const keys = Object.keys(f.properties).filter((k) => k.startsWith('name_'));
        if (keys.length === 0) continue;
        for (const k of required(name)) {
          const v = f.properties[k];
          expect(typeof v === 'string' && v.trim().length > 0, `${f.id} ${k}`).toBe(true);
        }
        for (const k of keys) {
          expect(NAME_KEYS, `${f.id}: unexpected ${k}`).toContain(k);
          expect(String(f.properties[k]).trim(), `${f.id} ${k}`).not.toBe('');
        }
      }
    },
  );

  // Rivers are the exception: Natural Earth's 1:50m lines come without names, and a line is named only
  // where a town on it identifies it (scripts/geo/rivers.json); a thin blue line reads as a river even
  // unnamed. rivers.test.ts checks the named ones.
  it('every feature of every layer but rivers has a name (an unnamed shape reads as a drawing error)', () => {
    for (const name of LAYERS.filter((l) => l !== 'rivers')) {
      for (const f of readLayer(name).features) {
        expect(typeof f.properties.name_en, `${f.id}`).toBe('string');
      }
    }
  });

  it('Sughd is named as the region, not as the city of Khujand (Natural Earth bug)', () => {
    const p = featureById('sughd', 'region-sughd').properties;
    expect(p.name_en).toBe('Sughd Region');
    expect(p.name_ru).toBe('Согдийская область');
    expect(p.iso_3166_2).toBe('TJ-SU');
  });

  it('Cyrillic names are Cyrillic and Uzbek names are Latin', () => {
    for (const name of LAYERS) {
      for (const f of readLayer(name).features) {
        for (const k of ['name_ru', 'name_ky', 'name_tg']) {
          const v = f.properties[k];
          if (typeof v === 'string') expect(v, `${f.id} ${k}`).toMatch(/[\u0400-\u04FF]/);
        }
        const uz = f.properties.name_uz;
        if (typeof uz === 'string') expect(uz, `${f.id} name_uz`).not.toMatch(/[\u0400-\u04FF]/);
      }
    }
  });
});

describe('meta.json', () => {
  const meta = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'meta.json'), 'utf8'));

  it('credits OpenStreetMap, Natural Earth and GeoNames', () => {
    const text = (meta.attribution as string[]).join(' | ');
    expect(text).toContain('© OpenStreetMap contributors');
    expect(text).toContain('Natural Earth');
    expect(text).toContain('GeoNames');
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('ODbL');
  });

  it('describes every layer with sources, licence, attribution, data date and the treaty caveat', () => {
    expect(Object.keys(meta.layers).sort()).toEqual(LAYERS.map((l) => `${l}.geojson`).sort());
    for (const [file, layer] of Object.entries(meta.layers as Record<string, Record<string, unknown>>)) {
      expect((layer.sources as string[]).length, file).toBeGreaterThan(0);
      for (const s of layer.sources as string[]) expect(meta.sources[s], `${file}: ${s}`).toBeDefined();
      expect((layer.packages as string[]).length, file).toBeGreaterThan(0);
      for (const pkg of layer.packages as string[]) expect(pkg, file).toMatch(/^(@[\w-]+\/)?[\w.-]+@\d+\.\d+\.\d+$/);
      expect(layer.licence, file).toBeTruthy();
      expect(layer.data_date, file).toBeTruthy();
      expect(String(layer.caveat), file).toMatch(/13 March 2025/);
      expect(layer.features, file).toBe(readLayer(file.replace('.geojson', '') as (typeof LAYERS)[number]).features.length);
    }
    for (const s of Object.values(meta.sources as Record<string, { package: string | null; version: string | null }>)) {
      if (s.package) expect(s.version).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('holds no build timestamp (the build is byte-reproducible)', () => {
    const text = fs.readFileSync(path.join(GEO_DIR, 'meta.json'), 'utf8');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });
});
