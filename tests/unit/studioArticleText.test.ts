// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanText, htmlArticle } from '../../src/studio/model/articleText';

describe('htmlArticle: the visible text', () => {
  it('keeps the visible text, one line per block, without scripts, styles or markup', () => {
    const html = `<!doctype html><html><head><title>Not shown</title><style>p{color:red}</style></head>
      <body><script>alert(1)</script><h1>Headline</h1><nav hidden>Menu</nav>
      <p>First   paragraph with <b>bold</b>
      words.</p><ul><li>One</li><li>Two</li></ul><p>Line<br>break</p><noscript>Enable JS</noscript></body></html>`;
    expect(htmlArticle(html).text).toBe('Headline\nFirst paragraph with bold words.\nOne\nTwo\nLine\nbreak');
  });

  it('keeps curly quotes and entities as the reader sees them', () => {
    expect(htmlArticle('<p>Wabtec&rsquo;s &ldquo;plan&rdquo; &amp; more</p>').text).toBe('Wabtec’s “plan” & more');
  });
});

describe("htmlArticle: text the page's own styles hide is left out, and counted", () => {
  const cases: { name: string; html: string; text: string; leftOut: number }[] = [
    {
      name: 'inline display:none',
      html: '<p>Seen</p><p style="display: none">Planted quote</p>',
      text: 'Seen',
      leftOut: 1,
    },
    {
      name: 'inline visibility:hidden',
      html: '<p>Seen</p><span style="color:red;visibility:hidden">Planted</span>',
      text: 'Seen',
      leftOut: 1,
    },
    {
      name: 'a class hidden by a <style> rule',
      html: '<style>.x, #y { display:none }</style><p>Seen</p><p class="x">A</p><p id="y">B</p>',
      text: 'Seen',
      leftOut: 2,
    },
    {
      name: 'moved out of sight',
      html: '<style>.off{position:absolute;left:-9999px}</style><p>Seen</p><p class="off">Off</p>',
      text: 'Seen',
      leftOut: 1,
    },
    {
      name: 'zero size or opacity',
      html: '<p>Seen</p><p style="font-size:0">Tiny</p><p style="opacity:0">Clear</p>',
      text: 'Seen',
      leftOut: 2,
    },
    { name: 'the hidden attribute', html: '<p>Seen</p><div hidden>Gone</div>', text: 'Seen', leftOut: 1 },
    {
      name: 'a print-only rule hides nothing on screen',
      html: '<style>@media print { p { display:none } }</style><p>Seen</p>',
      text: 'Seen',
      leftOut: 0,
    },
    {
      name: 'visible styles keep their text',
      html: '<style>p { display: block; opacity: 0.9 }</style><p style="font-size:12px">Seen</p>',
      text: 'Seen',
      leftOut: 0,
    },
    {
      name: 'a selector the parser rejects is skipped',
      html: '<style>p:::bad { display:none }</style><p>Seen</p>',
      text: 'Seen',
      leftOut: 0,
    },
  ];
  it.each(cases)('$name', ({ html, text, leftOut }) => {
    expect(htmlArticle(html)).toEqual({ text, hiddenLeftOut: leftOut });
  });
});

describe('cleanText', () => {
  it('drops a byte-order mark and makes line ends "\\n"', () => {
    expect(cleanText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
});
