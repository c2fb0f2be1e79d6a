// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanText, htmlToText } from '../../src/studio/articleText';

describe('htmlToText', () => {
  it('keeps the visible text, one line per block, without scripts, styles or markup', () => {
    const html = `<!doctype html><html><head><title>Not shown</title><style>p{color:red}</style></head>
      <body><script>alert(1)</script><h1>Headline</h1><nav hidden>Menu</nav>
      <p>First   paragraph with <b>bold</b>
      words.</p><ul><li>One</li><li>Two</li></ul><p>Line<br>break</p><noscript>Enable JS</noscript></body></html>`;
    expect(htmlToText(html)).toBe('Headline\nFirst paragraph with bold words.\nOne\nTwo\nLine\nbreak');
  });

  it('keeps curly quotes and entities as the reader sees them', () => {
    expect(htmlToText('<p>Wabtec&rsquo;s &ldquo;plan&rdquo; &amp; more</p>')).toBe('Wabtec’s “plan” & more');
  });
});

describe('cleanText', () => {
  it('drops a byte-order mark and makes line ends "\\n"', () => {
    expect(cleanText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });
});
