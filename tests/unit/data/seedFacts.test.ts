/**
 * Every dated fact in the three seed documents must be in events.json, with the seed cited and
 * its figures carried over exactly (value, qualifier, side). One test per fact, so a failure says
 * which fact went missing. Seeds: Orda.kz report (March 2025), Muhammadzoda essay (17 March 2025),
 * encyclopedia article "Kyrgyzstan–Tajikistan relations".
 */
import { describe, expect, it } from 'vitest';
import { eventInterval, toDayNumber } from '../../../src/model/days';
import type { BorderEvent, Figure } from '../../../src/model/record';
import { eventById, eventFile } from './realData';

const ORDA = 'seed-orda-2025-03';
const MZ = 'seed-muhammadzoda-2025-03-17';
const ENC = 'seed-encyclopedia-kg-tj-relations';

type Expected = Pick<Figure, 'metric' | 'side' | 'value' | 'qualifier'> & { label?: string };

function expectFigure(e: BorderEvent, source: string, want: Expected): void {
  const hit = e.figures.find(
    (f) =>
      f.source === source &&
      f.metric === want.metric &&
      f.side === want.side &&
      f.value === want.value &&
      f.qualifier === want.qualifier &&
      (want.label === undefined || f.label?.en === want.label),
  );
  expect(hit, `${e.id} lacks ${JSON.stringify(want)} from ${source}`).toBeDefined();
}

function expectEvent(
  id: string,
  want: { date: string; precision: BorderEvent['precision']; category: BorderEvent['category']; cites: string[] },
) {
  const e = eventById(id);
  expect(e.date).toBe(want.date);
  expect(e.precision).toBe(want.precision);
  expect(e.category).toBe(want.category);
  expect(e.sources).toEqual(expect.arrayContaining(want.cites));
  return e;
}

/** The border-wide status on a given day, or undefined where no source documents it. */
function borderStatusOn(day: string) {
  const n = toDayNumber(day);
  return eventFile.states.border.find((s) => toDayNumber(s.from) <= n && (s.to === undefined || n < toDayNumber(s.to)))?.status;
}

describe('encyclopedia: Tajik civil-war years', () => {
  it('October 1992: Kyrgyz mediation attempt between Tajik factions', () => {
    expectEvent('kyrgyz-mediation-tajik-civil-war-1992-10', {
      date: '1992-10',
      precision: 'month',
      category: 'meeting',
      cites: [ENC],
    });
  });

  it('late spring 1993: Kyrgyz contingent joins the joint intervention force', () => {
    const e = expectEvent('kyrgyz-contingent-joins-cis-force-1993', {
      date: '1993-03',
      precision: 'season',
      category: 'other',
      cites: [ENC],
    });
    const { start, end } = eventInterval(e);
    expect(start).toBeLessThanOrEqual(toDayNumber('1993-05-01'));
    expect(end).toBeGreaterThan(toDayNumber('1993-05-31'));
  });

  it('spring 1995: security chiefs meet in Osh', () => {
    const e = expectEvent('osh-security-chiefs-meeting-1995', {
      date: '1995-03',
      precision: 'season',
      category: 'meeting',
      cites: [ENC],
    });
    expect(e.places).toContain('osh');
  });

  it('mid-1995: Kyrgyz forces seal part of the border near Panj', () => {
    const e = expectEvent('kyrgyz-forces-guard-border-near-panj-1995', {
      date: '1995-06',
      precision: 'season',
      category: 'other',
      cites: [ENC],
    });
    expect(e.places).toContain('panj');
    expect(e.outsideRegion).toBe(true);
  });
});

describe('encyclopedia: the ten presidential visits', () => {
  const visits: [string, string, string, string, string][] = [
    ['visit-rahmon-bishkek-1993-01', '1993-01', 'Emomali Rahmon', 'Askar Akayev', 'bishkek'],
    ['visit-rahmon-bishkek-1998-05', '1998-05', 'Emomali Rahmon', 'Askar Akayev', 'bishkek'],
    ['visit-rahmon-bishkek-2007-09', '2007-09', 'Emomali Rahmon', 'Kurmanbek Bakiyev', 'bishkek'],
    ['visit-rahmon-bishkek-2013-05', '2013-05', 'Emomali Rahmon', 'Almazbek Atambayev', 'bishkek'],
    ['visit-akayev-dushanbe-1996-07', '1996-07', 'Askar Akayev', 'Emomali Rahmon', 'dushanbe'],
    ['visit-akayev-dushanbe-2004-05', '2004-05', 'Askar Akayev', 'Emomali Rahmon', 'dushanbe'],
    ['visit-bakiyev-dushanbe-2008-05', '2008-05', 'Kurmanbek Bakiyev', 'Emomali Rahmon', 'dushanbe'],
    ['visit-otunbayeva-dushanbe-2010-11', '2010-11', 'Roza Otunbayeva', 'Emomali Rahmon', 'dushanbe'],
    ['visit-jeenbekov-dushanbe-2018-02', '2018-02', 'Sooronbay Jeenbekov', 'Emomali Rahmon', 'dushanbe'],
    ['visit-japarov-dushanbe-2021-06', '2021-06', 'Sadyr Japarov', 'Emomali Rahmon', 'dushanbe'],
  ];

  it.each(visits)('%s: %s, guest %s, host %s, in %s', (id, month, guest, host, city) => {
    const e = expectEvent(id, { date: month, precision: 'month', category: 'visit', cites: [ENC] });
    expect(e.title.en).toContain(guest);
    expect(e.summary.en).toContain(host);
    expect(e.places).toEqual([city]);
  });

  it('there are exactly ten month-precision visits citing the encyclopedia', () => {
    const fromTable = eventFile.events.filter(
      (e) => e.category === 'visit' && e.precision === 'month' && e.sources.includes(ENC),
    );
    expect(fromTable).toHaveLength(10);
  });
});

describe('clashes', () => {
  it('28 April 2021: clash with the encyclopedia’s figures (more than 40 dead, 30,000 displaced on the Kyrgyz side)', () => {
    const e = expectEvent('kyrgyz-tajik-clash-2021-04-28', {
      date: '2021-04-28',
      precision: 'day',
      category: 'clash',
      cites: [ENC],
    });
    expectFigure(e, ENC, { metric: 'killed', side: 'total', value: 40, qualifier: 'more-than' });
    expectFigure(e, ENC, { metric: 'displaced', side: 'KG', value: 30000, qualifier: 'exact' });
  });

  it('14 September 2022: clash with Orda’s figures (24 KG dead, 124 injured; TJ 7 dead, 14 wounded)', () => {
    const e = expectEvent('kyrgyz-tajik-clash-2022-09-14', {
      date: '2022-09-14',
      precision: 'day',
      category: 'clash',
      cites: [ORDA, ENC],
    });
    expectFigure(e, ORDA, { metric: 'killed', side: 'KG', value: 24, qualifier: 'exact' });
    expectFigure(e, ORDA, { metric: 'injured', side: 'KG', value: 124, qualifier: 'exact' });
    expectFigure(e, ORDA, { metric: 'killed', side: 'TJ', value: 7, qualifier: 'exact' });
    expectFigure(e, ORDA, { metric: 'injured', side: 'TJ', value: 14, qualifier: 'exact' });
  });

  it('September 2022: over 130,000 evacuated from Batken region (Orda)', () => {
    expectFigure(eventById('kyrgyz-tajik-clash-2022-09-14'), ORDA, {
      metric: 'evacuated',
      side: 'KG',
      value: 130000,
      qualifier: 'more-than',
    });
  });

  it('14 September 2022: at least 94 deaths (encyclopedia)', () => {
    expectFigure(eventById('kyrgyz-tajik-clash-2022-09-14'), ENC, {
      metric: 'killed',
      side: 'total',
      value: 94,
      qualifier: 'at-least',
    });
  });

  it('later official tolls are kept beside the seeds’ figures, never replacing or averaging them', () => {
    const e = eventById('kyrgyz-tajik-clash-2022-09-14');
    const kgKilled = e.figures.filter((f) => f.metric === 'killed' && f.side === 'KG').map((f) => f.value);
    expect(kgKilled).toEqual(expect.arrayContaining([24, 36, 59, 62]));
    for (const f of e.figures) expect(Number.isInteger(f.value), `${f.source} ${f.value}`).toBe(true);
  });

  it('May 2024: Kyrgyz border guards clash with Tajik shepherds, one Tajik injured', () => {
    const e = eventById('shepherds-clash-leilek-2024-05-07');
    expect(e.date.startsWith('2024-05')).toBe(true);
    expect(e.category).toBe('clash');
    expect(e.sources).toContain(ORDA);
    expectFigure(e, ORDA, { metric: 'injured', side: 'TJ', value: 1, qualifier: 'exact' });
  });
});

describe('diplomacy 2022–2025', () => {
  it('October 2022: presidents of Kyrgyzstan, Tajikistan and Russia meet in Astana', () => {
    const e = eventById('astana-trilateral-meeting-2022-10-13');
    expect(e.date.startsWith('2022-10')).toBe(true);
    expect(e.category).toBe('meeting');
    expect(e.places).toContain('astana');
    expect(e.outsideRegion).toBe(true);
    expect(e.sources).toContain(ORDA);
  });

  it('2023: archive-documents claim; Dushanbe summons the Kyrgyz ambassador', () => {
    const e = eventById('archive-documents-dispute-2023-09-15');
    expect(e.date.startsWith('2023')).toBe(true);
    expect(e.sources).toContain(ORDA);
  });

  it('21 February 2025: Tashiev and Yatimov sign the delimitation agreement', () => {
    expectEvent('delimitation-agreement-signed-2025-02-21', {
      date: '2025-02-21',
      precision: 'day',
      category: 'agreement',
      cites: [ENC],
    });
  });

  it('24 February 2025: joint Asian Cup bid announced', () => {
    expectEvent('asian-cup-joint-bid-2025-02-24', { date: '2025-02-24', precision: 'day', category: 'other', cites: [ENC] });
  });

  it('13 March 2025: state border treaty signed at Yntymak Ordo, Bishkek', () => {
    const e = expectEvent('border-treaty-signed-2025-03-13', {
      date: '2025-03-13',
      precision: 'day',
      category: 'treaty',
      cites: [ORDA, ENC, MZ],
    });
    expect(e.places).toContain('yntymak-ordo');
    expect(e.outsideRegion).toBe(true);
  });

  it('March 2025 state visit: 16 cooperation documents (Muhammadzoda)', () => {
    const e = expectEvent('rahmon-state-visit-bishkek-2025-03-12', {
      date: '2025-03-12',
      precision: 'day',
      category: 'visit',
      cites: [MZ],
    });
    expectFigure(e, MZ, { metric: 'other', side: 'total', value: 16, qualifier: 'exact', label: 'cooperation documents signed' });
  });

  it('13 March 2025: border reopened by video link after being closed since 2021', () => {
    const e = expectEvent('border-reopened-2025-03-13', {
      date: '2025-03-13',
      precision: 'day',
      category: 'reopening',
      cites: [ORDA, MZ],
    });
    expect(e.places).toEqual(['cp-kyzyl-bel-guliston', 'cp-kairagach-madaniyat']);
    expect(borderStatusOn('2021-06-01')).toBe('closed');
    expect(borderStatusOn('2025-03-12')).toBe('closed');
    expect(borderStatusOn('2025-03-13')).toBe('open');
    for (const cp of ['cp-kyzyl-bel-guliston', 'cp-kairagach-madaniyat']) {
      const last = eventFile.states.checkpoints[cp]?.at(-1);
      expect(last).toMatchObject({ status: 'open', from: '2025-03-13' });
      expect(last?.to).toBeUndefined();
    }
  });

  it('March 2025: direct flights restored', () => {
    const e = expectEvent('flights-resume-2025-03-14', {
      date: '2025-03-14',
      precision: 'day',
      category: 'reopening',
      cites: [ORDA, MZ],
    });
    expect(e.places).toEqual(expect.arrayContaining(['bishkek', 'dushanbe']));
  });

  it('March 2025: Kyrgyz parliament approves the agreement', () => {
    expectEvent('kyrgyz-parliament-ratifies-border-treaty-2025-03-19', {
      date: '2025-03-19',
      precision: 'day',
      category: 'treaty',
      cites: [ENC],
    });
  });

  it('31 March 2025: Khujand summit signs the junction-point treaty and the Khujand Declaration', () => {
    const e = expectEvent('khujand-trilateral-summit-2025-03-31', {
      date: '2025-03-31',
      precision: 'day',
      category: 'treaty',
      cites: [ENC],
    });
    expect(e.places).toContain('khujand');
    expect(e.title.en).toMatch(/junction/i);
    expect(e.title.en).toMatch(/declaration/i);
  });

  it('31 March 2025: stele unveiled at the tri-border junction', () => {
    const e = expectEvent('friendship-stele-unveiled-2025-03-31', {
      date: '2025-03-31',
      precision: 'day',
      category: 'other',
      cites: [ENC],
    });
    expect(e.places).toEqual(['tri-junction-kg-tj-uz']);
    expect(e.locationPrecision).toBe('inferred');
  });
});

describe('energy', () => {
  it('Datka–Sughd 500 kV line inaugurated, 485 km (encyclopedia)', () => {
    const e = eventById('datka-sughd-line-launched-2025-03-31');
    expect(e.category).toBe('infrastructure');
    expect(e.places).toEqual(expect.arrayContaining(['datka-substation', 'sughd-substation']));
    expectFigure(e, ENC, { metric: 'other', side: 'total', value: 485, qualifier: 'exact', label: 'line length, km' });
  });

  it('CASA-1000: valued at over $1.2 billion, up to 5 billion kWh a year (encyclopedia); no forecast event after 2025', () => {
    const e = eventById('datka-sughd-line-launched-2025-03-31');
    expectFigure(e, ENC, { metric: 'other', side: 'total', value: 1_200_000_000, qualifier: 'more-than' });
    expectFigure(e, ENC, { metric: 'other', side: 'total', value: 5_000_000_000, qualifier: 'up-to' });
    expect(e.summary.en).toMatch(/2027/);
    expect(eventById('casa-1000-construction-launch-2016-05-12').sources).toContain(ENC);
  });
});
