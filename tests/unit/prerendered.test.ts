import { describe, expect, it } from 'vitest';
import { fillPrerendered, standInHtml } from '../../src/views/shared/prerendered';

describe('standInHtml', () => {
  it.each([
    { body: '<!--[--><figure><!--[!--><p>a</p><!--]--></figure><!--]-->', expected: '<figure><p>a</p></figure>' },
    // Text a dataset wrote is escaped by Svelte: only its markers are comments.
    { body: '<p>&lt;!-- kept --></p><!---->', expected: '<p>&lt;!-- kept --></p>' },
    { body: '', expected: '' },
  ])('$body → $expected', ({ body, expected }) => {
    expect(standInHtml(body)).toBe(expected);
  });
});

describe('fillPrerendered', () => {
  const page = '<section data-view="table"><!--[--><div id="s9-pre" data-prerendered="table"></div><!--]--></section>';

  it('puts the view in its empty box, and writes $-patterns as they are', () => {
    expect(fillPrerendered(page, 'table', "<table>$' $& $1</table>")).toBe(
      `<section data-view="table"><!--[--><div id="s9-pre" data-prerendered="table"><table>$' $& $1</table></div><!--]--></section>`,
    );
  });

  it.each([
    { what: 'no box', html: '<section></section>' },
    { what: 'two boxes', html: page + page },
    { what: 'a box of another view', html: page.replace('data-prerendered="table"', 'data-prerendered="deals"') },
  ])('refuses a page with $what', ({ html }) => {
    expect(() => fillPrerendered(html, 'table', '<table></table>')).toThrow(/data-prerendered="table"/);
  });
});
