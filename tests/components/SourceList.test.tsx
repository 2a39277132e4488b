// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceList } from '../../src/details/SourceList';
import type { Source } from '../../src/model/record';

afterEach(cleanup);

const sources: Record<string, Source> = {
  seed: { publisher: 'Wikipedia (English)', title: 'Relations', date: '2025', undated: true, kind: 'seed' },
  afp1: { publisher: 'AFP (via UrduPoint)', title: 'Four killed', date: '2019-09-17', kind: 'news' },
  afp2: { publisher: 'AFP (via The News)', title: '4 killed', date: '2019-09-18', kind: 'news' },
  asia: { publisher: 'Asia-Plus', title: 'Names of servicemen', date: '2019-09-17', kind: 'news' },
  row: { publisher: 'my.csv', title: 'Row 3', kind: 'import' },
};

const line = () => screen.queryByTestId('outlets');
const news: Source = { publisher: 'Asia-Plus', title: '', date: '2019-09-17', kind: 'news' };

describe('SourceList says how well an event is corroborated', () => {
  it('counts outlets, not copies: two AFP copies and Asia-Plus are two outlets', () => {
    render(<SourceList ids={['afp1', 'afp2', 'asia', 'seed']} sources={sources} />);
    expect(line()).toHaveTextContent('Reported by 2 independent outlets');
    expect(line()).not.toHaveClass('sources-outlets-weak');
  });

  it('marks an event with one outlet (two copies of one story) as not yet confirmed', () => {
    render(<SourceList ids={['afp1', 'afp2']} sources={sources} />);
    expect(line()).toHaveTextContent('one outlet only');
    expect(line()).toHaveClass('sources-outlets-weak');
  });

  it('says when only the seed documents stand behind an event', () => {
    render(<SourceList ids={['seed']} sources={sources} />);
    expect(line()).toHaveTextContent('Only from the seed documents');
  });

  it('makes no claim about a row of the person’s own file', () => {
    render(<SourceList ids={['row']} sources={sources} />);
    expect(line()).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});

describe('a title we supplied is never passed off as the headline', () => {
  it('shows it in square brackets with a word on why, in the link and in its text', () => {
    const supplied: Record<string, Source> = {
      t: {
        publisher: 'Trend News Agency',
        title: 'Report on the Datka–Sughd line',
        date: '2025-03-21',
        url: 'https://en.trend.az/x',
        kind: 'news',
        titleSupplied: true,
      },
      h: { ...news, title: 'Four killed in clashes' },
    };
    render(<SourceList ids={['t', 'h']} sources={supplied} />);
    expect(screen.getByRole('link', { name: '[Report on the Datka–Sughd line]' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('title supplied');
    expect(screen.getByText('Four killed in clashes')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[1]).not.toHaveTextContent('[');
  });
});
