import { describe, expect, it } from 'vitest';
import { indicatorChart } from '../../web/chart.js';

describe('indicatorChart', () => {
  const points = [
    { n: 1, period: '2021', value: 2.9e9, href: '/documents/doc_a#fact-1', title: 'Trade reached $2.9 billion <b>' },
    { n: 2, period: '2021', value: 3.4e9, href: '/documents/doc_b#fact-2', title: 'Trade reached $3.4 billion' },
  ];

  it('links every point to its source with its quote as an escaped title', () => {
    const svg = indicatorChart(points, 'USD');
    expect(svg.match(/<a href="\/documents\/doc_[ab]#fact-\d"/g)).toHaveLength(2);
    expect(svg).toContain('<title>1. Trade reached $2.9 billion &#60;b&#62;</title>');
  });

  it('draws two sources of one period apart', () => {
    const svg = indicatorChart(points, 'USD');
    const xs = [...svg.matchAll(/<a [^>]*><title>[^<]*<\/title><path [^>]*transform="matrix\([^,]+,[^,]+,[^,]+,[^,]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(2);
    expect(xs[0]).not.toBe(xs[1]);
  });
});
