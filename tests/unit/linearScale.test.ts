// @vitest-environment node
// The small linear scale gives what d3-scale's scaleLinear gives for the charts' uses.
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { linearScale } from '../../src/views/shared/linearScale';

describe('linearScale', () => {
  const cases = [
    { domain: [0, 5.2e9], range: [0, 600], count: 6 },
    { domain: [0, 107], range: [200, 20], count: 4 },
    { domain: [0, 1], range: [0, 1], count: 10 },
    { domain: [0, 13], range: [40, 900], count: 5 },
    { domain: [0, 0], range: [0, 100], count: 5 },
  ] as const;
  it.each(cases)('matches scaleLinear on $domain → $range', ({ domain, range, count }) => {
    const ours = linearScale([...domain], [...range]);
    const d3 = scaleLinear()
      .domain([...domain])
      .range([...range]);
    for (const v of [domain[0], domain[1], (domain[0] + domain[1]) / 3]) expect(ours(v)).toBeCloseTo(d3(v), 9);
    expect(ours.ticks(count)).toEqual(d3.ticks(count));
    expect(ours.nice(count).domain()).toEqual(d3.nice(count).domain());
    expect(ours.ticks(count)).toEqual(d3.ticks(count));
  });
});
