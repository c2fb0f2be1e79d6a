/**
 * Saving: the dataset as a JSON file the browser downloads (nothing is uploaded), named after the
 * file it was opened from, or its title.
 */
import { fileNameFor, serializeDataset } from './serialize';
import { documentOf, type Work } from './work';

export function savedFile(work: Work): { name: string; text: string } {
  const title = work.dataset.title;
  const titleText = typeof title === 'string' ? title : title && typeof title === 'object' && !Array.isArray(title) ? String(Object.values(title)[0] ?? '') : '';
  const fromUrl = work.origin.kind === 'url' ? decodeURIComponent(new URL(work.origin.url).pathname.split('/').pop() ?? '') : '';
  const name = fileNameFor(work.origin.kind === 'file' ? work.origin.name : fromUrl || undefined, titleText);
  return { name, text: serializeDataset(documentOf(work)) };
}

export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
