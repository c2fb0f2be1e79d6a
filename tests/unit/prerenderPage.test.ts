import { describe, expect, it } from 'vitest';
import { fillPage } from '../../scripts/prerenderPage';

const HTML =
  '<!doctype html><html><head><title>T</title><link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head>' +
  '<body><div id="app"></div></body></html>';

describe('fillPage', () => {
  it.each([
    { pattern: "$'" },
    { pattern: '$`' },
    { pattern: '$&' },
    { pattern: '$1' },
    { pattern: '$$' },
    { pattern: '$<name>' },
  ])('writes $pattern in the text as it is, never as a replacement pattern', ({ pattern }) => {
    const title = `Deals ${pattern} worth`;
    const out = fillPage(
      HTML,
      {
        css: `/*${pattern}*/`,
        head: `<meta name="description" content="${title}">`,
        body: `<h1>${title}</h1>`,
        boot: JSON.stringify({ title }),
      },
      () => `a{content:"${pattern}"}`,
    );
    expect(out).toContain(`<h1>${title}</h1></div>`);
    expect(out).toContain(`content="${title}"></head>`);
    expect(out).toContain(`/*${pattern}*/.unga-fresh`);
    expect(out).toContain(`<style>a{content:"${pattern}"}</style>`);
    expect(out).toContain(`id="unga-boot">${JSON.stringify({ title })}</script>`);
    // The page appears once: nothing before or after the match was copied in.
    expect(out.match(/<!doctype html>/g)).toHaveLength(1);
    expect(out.match(/<\/body>/g)).toHaveLength(1);
  });

  it("inlines the lazy views' stylesheets after the page's own, before the theme", () => {
    const out = fillPage(
      HTML,
      { css: ':root{}', lazyCss: ['assets/Table-x.css'], head: '', body: '', boot: '{}' },
      (file) => (file === 'assets/Table-x.css' ? 'td{src:url(../g.woff2)}' : 'main{}'),
    );
    expect(out.indexOf('<style>main{}</style>')).toBeLessThan(out.indexOf('<style>td{src:url(./g.woff2)}</style>'));
    expect(out.indexOf('<style>td{')).toBeLessThan(out.indexOf('<style id="unga-theme">'));
  });

  it('inlines the stylesheet with its font URLs moved to the root', () => {
    const out = fillPage(HTML, { css: '', head: '', body: '', boot: '{}' }, (file) =>
      file === 'assets/index-abc.css' ? 'b{src:url(../f.woff2)}' : '',
    );
    expect(out).toContain('<style>b{src:url(./f.woff2)}</style>');
    expect(out).not.toContain('<link rel="stylesheet"');
  });
});
