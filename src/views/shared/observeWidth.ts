/**
 * An attachment that reports an element's content width whenever it changes, from a
 * ResizeObserver callback: the width is read after layout, never forced while the page mounts
 * (`bind:clientWidth` reads it synchronously, which made every view wait for the whole page's
 * layout). Until the first report a view draws at its default width.
 */
import type { Attachment } from 'svelte/attachments';

export function observeWidth(onWidth: (width: number) => void): Attachment<HTMLElement> {
  return (node) => {
    if (typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width !== last && width > 0) {
        last = width;
        onWidth(width);
      }
    });
    observer.observe(node);
    return () => observer.disconnect();
  };
}
