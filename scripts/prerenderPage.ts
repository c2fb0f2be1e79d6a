/**
 * The prerendered page's text put into vite's dist/index.html. Pure, apart from the stylesheet
 * reader passed in, so it is tested without a build. Every insertion goes through a replacer
 * function: a replacement string would read `$'`, `` $` ``, `$&` or `$1` written in a dataset's
 * title or quote as "copy this part of the page here".
 */
export interface PrerenderedPage {
  css: string;
  /**
   * Stylesheets of code loaded later whose views the page draws at first paint (the table's), as
   * files under dist/: inlined after the page's own.
   */
  lazyCss?: string[];
  head: string;
  body: string;
  boot: string;
}

export function fillPage(html: string, page: PrerenderedPage, readCss: (file: string) => string): string {
  // The stylesheets the first paint needs, inlined: a separate request would hold the prerendered
  // charts back until it arrived. Their relative URLs (the fonts) move from assets/ to the root.
  const inline = (file: string) => `<style>${readCss(file).replace(/url\(\.\.\//g, () => 'url(./')}</style>`;
  return html
    .replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g, (_, file: string) => inline(file))
    .replace(
      '</head>',
      () =>
        // The first paint waits until the last view (the table, #records) has been parsed, so the
        // page is never painted with some views still empty (a browser without render-blocking
        // `expect` links paints as the HTML arrives, as before).
        `${(page.lazyCss ?? []).map(inline).join('')}<style id="unga-theme">${page.css}.unga-fresh #app{visibility:hidden}</style><link rel="expect" href="#records" blocking="render">${page.head}</head>`,
    )
    .replace(
      '<div id="app"></div>',
      () => `<div id="app">${page.body}</div><script type="application/json" id="unga-boot">${page.boot}</script>`,
    );
}
