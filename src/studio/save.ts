/**
 * Saving: the dataset as a JSON file, named after the file it was opened from, or its title. The
 * browser downloads it with the dashboard's `download` (shell/download.ts): nothing is uploaded.
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
