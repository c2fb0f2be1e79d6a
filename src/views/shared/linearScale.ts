/**
 * A linear scale with d3's ticks: the part of d3-scale's scaleLinear the bar and column charts
 * use. scaleLinear itself also brings d3-interpolate's generic interpolator and d3-format (for
 * tickFormat, which our charts never call: numbers are worded by i18n), about 5 KB gzip of the
 * page's first chunk; d3-array's `ticks` and `nice` compute the same ticks. Pure.
 */
import { nice as niceDomain, ticks as d3Ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  ticks(count?: number): number[];
  /** The domain extended to round values, as d3's scale.nice() does. */
  nice(count?: number): LinearScale;
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  let [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0))) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = (count = 10) => d3Ticks(d0, d1, count);
  scale.nice = (count = 10) => {
    [d0, d1] = niceDomain(d0, d1, count);
    return scale;
  };
  return scale;
}
