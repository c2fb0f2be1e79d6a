/** Save a string or Blob as a file through a temporary link (the browser's own download). */
export function download(filename: string, content: string | Blob, type = 'text/plain;charset=utf-8') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "kazakhstan-unga-deals-2023" style file names: dataset title, view and active years. */
export function fileStem(title: string, view: string, years: readonly number[]): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 40)
      .replace(/-$/, '');
  return [slug(title) || 'unga', view, ...years].join('-');
}
