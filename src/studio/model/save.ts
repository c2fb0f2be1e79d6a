/**
 * Saving: the dataset as a JSON file, named after the file it was opened from, or its title. The
 * browser downloads it with the dashboard's `download` (shell/download.ts): nothing is uploaded.
 */
import { fileNameFor, serializeDataset } from './serialize';
import { documentOf, type Work } from './editedDataset';

export function savedFile(work: Work): { name: string; text: string } {
  const title = work.dataset.title;
  const titleText =
    typeof title === 'string'
      ? title
      : title && typeof title === 'object' && !Array.isArray(title)
        ? String(Object.values(title)[0] ?? '')
        : '';
  const fromUrl = work.origin.kind === 'url' ? fileOfUrl(work.origin.url) : '';
  const name = fileNameFor(work.origin.kind === 'file' ? work.origin.name : fromUrl || undefined, titleText);
  return { name, text: serializeDataset(documentOf(work)) };
}

/** The file name at the end of an address, decoded; as written when it cannot be (a stray `%`), never an error. */
function fileOfUrl(url: string): string {
  let last = '';
  try {
    last = new URL(url).pathname.split('/').pop() ?? '';
  } catch {
    last = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  }
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
