import { describe, expect, it } from 'vitest';
import { wellFormedXml } from '../../src/export/wellFormedXml';
import { svgFile } from '../../src/export/registry';

const svg = (inner: string, label = 'x') =>
  `<svg xmlns="http://www.w3.org/2000/svg" aria-label="${label}">${inner}</svg>`;
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'image/svg+xml');

describe('wellFormedXml', () => {
  const cases = [
    {
      name: '`]]>` in text',
      input: svg('<text>a ]]> b</text>'),
      expected: svg('<text>a ]]&gt; b</text>'),
      text: 'a ]]> b',
    },
    {
      name: '`]]>` and `<` in an attribute value',
      input: svg('', 'a ]]> <b'),
      expected: svg('', 'a ]]&gt; &lt;b'),
      label: 'a ]]> <b',
    },
    {
      name: '`>` in a single-quoted value',
      input: `<svg xmlns="http://www.w3.org/2000/svg" aria-label='1 > 0'/>`,
      expected: `<svg xmlns="http://www.w3.org/2000/svg" aria-label='1 &gt; 0'/>`,
      label: '1 > 0',
    },
    {
      name: 'C0 controls dropped, tab, LF and CR kept',
      input: svg('<text>a\u0000\u0001\u0008\u000b\u000c\u001f\t\n\rb</text>', 'c\u0007d'),
      expected: svg('<text>a\t\n\rb</text>', 'cd'),
      label: 'cd',
    },
    {
      name: 'U+FFFE and U+FFFF shown as U+FFFD',
      input: svg('<text>a\ufffeb\uffff</text>'),
      expected: svg('<text>a\ufffdb\ufffd</text>'),
      text: 'a\ufffdb\ufffd',
    },
    {
      name: 'lone surrogates shown as U+FFFD, pairs kept',
      input: svg('<text>\ud800a\udc00 \ud83c\udf0d</text>'),
      expected: svg('<text>\ufffda\ufffd \ud83c\udf0d</text>'),
      text: '\ufffda\ufffd \ud83c\udf0d',
    },
    {
      name: 'escaped markup untouched',
      input: svg('<text>&lt;b&gt; &amp; &#160;</text>', '&quot;q&quot;'),
      expected: svg('<text>&lt;b&gt; &amp; &#160;</text>', '&quot;q&quot;'),
      label: '"q"',
    },
  ];
  it.each(cases)('$name', ({ input, expected, text, label }) => {
    const out = wellFormedXml(input);
    expect(out).toBe(expected);
    const doc = parse(out);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    if (text !== undefined) expect(doc.documentElement.textContent).toBe(text);
    if (label !== undefined) expect(doc.documentElement.getAttribute('aria-label')).toBe(label);
  });

  it('is needed: jsdom rejects the raw input of the text cases (so the parse checks above can fail)', () => {
    for (const input of [cases[0]!.input, cases[3]!.input, cases[4]!.input]) {
      expect(parse(input).getElementsByTagName('parsererror')).toHaveLength(1);
    }
  });

  it('puts the font after the root’s <title> and <desc> (its first children), when they hold `>`', () => {
    const file = svgFile(svg('<title id="t">a > b</title><desc id="d">c > d</desc><rect/>', 'a > b'), '@font-face{}');
    expect(file).toContain(
      'aria-label="a &gt; b"><title id="t">a &gt; b</title><desc id="d">c &gt; d</desc><defs><style>@font-face{}</style></defs><rect/>',
    );
    expect(parse(file).getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('puts the font right after the root tag when the file has no <title>', () => {
    expect(svgFile(svg('<rect/>'), '@font-face{}')).toContain(
      'aria-label="x"><defs><style>@font-face{}</style></defs><rect/>',
    );
  });
});
