import { describe, expect, it } from 'vitest';
import { compactPath, fillPremap, premapSvg, PREMAP_WIDTHS } from '../../src/views/WorldMap/premap';

/** The absolute points a compacted path visits, each subpath closed back to its start. */
function points(d: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, c, a] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (c === 'z') {
      [x, y] = [sx, sy];
      out.push(['z', x, y]);
      continue;
    }
    const [dx, dy] = a!.split(/,|(?=-)/).map(Number);
    [x, y] = [x + dx!, y + dy!];
    if (c === 'm') [sx, sy] = [x, y];
    out.push([c!, x, y]);
  }
  return out;
}

describe('compactPath', () => {
  it.each([
    { d: 'M10.4,20.6L11.2,20.4L30,5Z', expected: 'm10,21l1-1l19-15z' },
    // A point rounded onto the one before it is left out; a second subpath moves from the first's start.
    { d: 'M0,0L0.2,0.3L5,5ZM10,10L12,12Z', expected: 'm0,0l5,5zm10,10l2,2z' },
    { d: 'M-3.6,-2.4L-1,-1', expected: 'm-4-2l3,1' },
    { d: '', expected: '' },
  ])('$d → $expected', ({ d, expected }) => {
    expect(compactPath(d)).toBe(expected);
  });

  it('visits the rounded points of the path it was given', () => {
    const d = 'M100.4,50.5L101.9,49.2L140.2,80.8ZM300,10L310.6,12.4L305,30Z';
    expect(points(compactPath(d))).toEqual([
      ['m', 100, 51],
      ['l', 102, 49],
      ['l', 140, 81],
      ['z', 100, 51],
      ['m', 300, 10],
      ['l', 311, 12],
      ['l', 305, 30],
      ['z', 300, 10],
    ]);
  });

  it.each(['M0,0A5,5 0 1,1 10,0Z', 'M0,0C1,1 2,2 3,3', 'M1e-7,0L1,1'])('returns other path data as it is: %s', (d) => {
    expect(compactPath(d)).toBe(d);
  });
});

describe('premapSvg', () => {
  it('is a named picture of the marks at its width, without hydration markers, its paths compacted', () => {
    const svg = premapSvg(
      '<g><!--[--><path d="M0.4,0.4L10,10Z" fill="#eee"></path><!--]--></g>',
      'wide',
      320,
      'A "map" & <more>',
    );
    expect(svg).toBe(
      `<svg class="wide" viewBox="0 0 ${PREMAP_WIDTHS.wide} 320" role="img" aria-label="A &quot;map&quot; &amp; &lt;more&gt;">` +
        '<g><path d="m0,0l10,10z" fill="#eee"></path></g></svg>',
    );
  });
});

describe('fillPremap', () => {
  const page =
    '<figure><div class="map-box"><div class="premap s-1" id="s1-premap" data-premap=""></div></div></figure>';

  it('puts the drawing in the empty box, and writes $-patterns as they are', () => {
    const out = fillPremap(page, "<svg>$' $& $1</svg>");
    expect(out).toBe(
      `<figure><div class="map-box"><div class="premap s-1" id="s1-premap" data-premap=""><svg>$' $& $1</svg></div></div></figure>`,
    );
  });

  it.each([
    { what: 'no box', html: '<figure></figure>' },
    { what: 'two boxes', html: page + page },
  ])('fails with $what: the map view was not rendered for the prerender', ({ html }) => {
    expect(() => fillPremap(html, '<svg></svg>')).toThrow(/data-premap/);
  });
});
