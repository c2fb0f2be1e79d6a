/**
 * The prerendered page's text put into vite's dist/index.html. Pure, apart from the stylesheet
 * reader passed in, so it is tested without a build. Every insertion goes through a replacer
 * function: a replacement string would read `$'`, `` $` ``, `$&` or `$1` written in a dataset's
 * title or quote as "copy this part of the page here".
 */
export interface PrerenderedPage {
  css: string;
  head: string;
  body: string;
  boot: string;
}

export function fillPage(html: string, page: PrerenderedPage, readCss: (file: string) => string): string {
  // The stylesheets the first paint needs, inlined: a separate request would hold the prerendered
  // charts back until it arrived. Their relative URLs (the fonts) move from assets/ to the root.
  return html
    .replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g, (_, file: string) => {
      const css = readCss(file).replace(/url\(\.\.\//g, () => 'url(./');
      return `<style>${css}</style>`;
    })
    .replace(
      '</head>',
      () => `<style id="unga-theme">${page.css}.unga-fresh #app{visibility:hidden}</style>${page.head}</head>`,
    )
    .replace(
      '<div id="app"></div>',
      () => `<div id="app">${page.body}</div><script type="application/json" id="unga-boot">${page.boot}</script>`,
    );
}
