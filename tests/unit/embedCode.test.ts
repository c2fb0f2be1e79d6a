import { describe, expect, it } from 'vitest';
import { appBase, embedUrl, iframeCode, shareUrl } from '../../src/lib/state/embedCode';
import { fromQuery } from '../../src/lib/state/url';
import { NO_FILTERS } from '../../src/lib/data/query';

const base = 'https://example.org/unga/';
const filters = { ...NO_FILTERS, years: [2023], countries: ['IRN', 'USA'] };

describe('embed code builders', () => {
  it.each([
    { href: 'https://example.org/unga/?year=2023#x', expected: 'https://example.org/unga/' },
    { href: 'http://127.0.0.1:4173/index.html?embed=map', expected: 'http://127.0.0.1:4173/index.html' },
  ])('appBase($href)', ({ href, expected }) => expect(appBase(href)).toBe(expected));

  it('shareUrl drops embed and keeps filters, data and theme', () => {
    const url = shareUrl(base, { filters, embed: 'map', data: 'https://x.org/d.json', theme: 'dark' });
    expect(url).toBe(`${base}?year=2023&country=IRN,USA&data=https%3A%2F%2Fx.org%2Fd.json&theme=dark`);
  });

  it('embedUrl round-trips through fromQuery', () => {
    const url = new URL(embedUrl(base, 'deals', { filters, theme: 'auto' }));
    const back = fromQuery(url.search);
    expect(back.embed).toBe('deals');
    expect(back.theme).toBe('auto');
    expect(back.filters).toEqual(filters);
    expect(back.notices).toEqual([]);
  });

  it('iframeCode gives an iframe marked for embed.js and the script once, attributes escaped', () => {
    const code = iframeCode({ base, view: 'map', state: { filters }, title: 'Counterpart "countries" & <more>' });
    expect(code).toContain(`src="${base}?year=2023&amp;country=IRN,USA&amp;embed=map"`);
    expect(code).toContain('data-unga-embed');
    expect(code).toContain('title="Counterpart &quot;countries&quot; &amp; &lt;more>"');
    expect(code).toContain(`<script src="${base}embed.js" async></script>`);
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const iframe = doc.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe(`${base}?year=2023&country=IRN,USA&embed=map`);
  });
});
