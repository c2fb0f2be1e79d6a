/**
 * A lazily loaded view (LazyView.svelte: the Engagements table) in the prerendered page, so that
 * the page is whole at first paint although the view's code comes after the charts. The build
 * renders the dashboard with PRERENDER_CONTEXT set: the lazy view then leaves an empty box marked
 * `data-prerendered="<name>"` where its loading box would be, and the build fills it with the
 * live view rendered on the server in the same state (fillPrerendered). The box has no children in
 * the template, so hydration adopts it without looking inside; the live view replaces it in the
 * same update once its code has arrived. Pure.
 */

/** Svelte context key (set by src/prerender.ts): this render is the build's prerendered page. */
export const PRERENDER_CONTEXT = 'unga:prerender';

/**
 * A component's server-rendered HTML as it stands in for the live one: without Svelte's hydration
 * markers (comments), which mean nothing in HTML that is never hydrated. Text and attributes are
 * escaped by Svelte (`<` is `&lt;`), so every comment left is a marker.
 */
export function standInHtml(body: string): string {
  return body.replace(/<!--[\s\S]*?-->/g, '');
}

/** The rendered page with `html` put in the lazy view's empty box named `name`. */
export function fillPrerendered(page: string, name: string, html: string): string {
  let found = 0;
  const open = new RegExp(`(<div\\b[^>]*\\sdata-prerendered="${name}"[^>]*>)(</div>)`, 'g');
  const filled = page.replace(open, (_, start: string, end: string) => {
    found++;
    return `${start}${html}${end}`;
  });
  if (found !== 1)
    throw new Error(
      `The prerendered page has ${found} boxes for the ${name} view (data-prerendered="${name}"), not one: was it rendered with PRERENDER_CONTEXT?`,
    );
  return filled;
}
