import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIGHT } from '../../src/lib/basics/theme';
import { parseDataset } from '../../src/lib/data/load';
import Studio from '../../src/studio/Studio.svelte';
import { workFromText } from '../../src/studio/model/editedDataset';
import { Workspace } from '../../src/studio/model/workspace.svelte';
import { english, ROOT } from '../helpers';
import StudioViewStub from './StudioViewStub.svelte';

const i18n = english();
// The dashboard's views are being rewritten in parallel: the page is tested here with a stand-in
// that reports what it was given; the browser test (tests/e2e/studio.spec.mjs) draws the real ones.
const previewViews = [{ id: 'stub', component: StudioViewStub }];

function studio(fixture = 'tests/fixtures/minimal.json') {
  const opened = workFromText(readFileSync(path.join(ROOT, fixture), 'utf8'), {
    kind: 'file',
    name: path.basename(fixture),
  });
  if (!opened.ok) throw new Error(`${fixture} does not open`);
  const ws = new Workspace(opened.work);
  render(Studio, {
    props: { i18n, theme: LIGHT, bundledUrl: '/data.json', dashboardHref: './', ws, persist: false, previewViews },
  });
  return ws;
}

afterEach(() => vi.restoreAllMocks());

describe('studio page', () => {
  it('previews the dataset, and shows its problems instead while it does not validate', async () => {
    const ws = studio();
    const n = ws.records('engagements').length;
    expect(screen.getByRole('figure', { name: 'Preview stub' })).toHaveTextContent(`${n} engagements`);
    ws.edit('engagements', 0, ['summary'], '');
    await waitFor(() => expect(screen.queryByRole('figure', { name: 'Preview stub' })).toBeNull());
    expect(screen.getByText('The preview returns once the dataset validates. Fix these problems:')).toBeInTheDocument();
    expect(screen.getAllByText('engagements[0].summary').length).toBeGreaterThan(0);
  });

  it('undoes and redoes every change, from the buttons and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const ws = studio();
    const before = ws.records('engagements').length;
    await userEvent.click(screen.getByRole('button', { name: /^Engagements/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add an engagement' }));
    expect(ws.records('engagements')).toHaveLength(before + 1);
    expect(screen.getByRole('heading', { level: 2, name: /meeting/ })).toBeInTheDocument();
    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(ws.records('engagements')).toHaveLength(before);
    await fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(ws.records('engagements')).toHaveLength(before + 1);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(ws.records('engagements')).toHaveLength(before);
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  it("lists a broken dataset's problems and lets one be fixed in place", async () => {
    const ws = studio('tests/fixtures/broken.json');
    await userEvent.click(screen.getByRole('button', { name: /^Problems \(\d+\)$/ }));
    const list = screen
      .getAllByRole('heading', { name: /problems$/ })
      .map((h) => h.closest('section')!)
      .at(-1)!;
    const zero = within(list).getByText('deals[1].value.usd').closest('li')!;
    expect(zero).toHaveTextContent('usd must be positive');
    await userEvent.click(within(zero).getByRole('button'));
    const usd = await screen.findByRole('textbox', { name: 'Amount in US dollars' });
    await waitFor(() => expect(usd).toHaveFocus());
    await userEvent.clear(usd);
    await userEvent.type(usd, '5 million');
    expect(ws.records('deals')[1]!.value).toMatchObject({ usd: 5_000_000 });
    expect(within(list).queryByText('deals[1].value.usd')).toBeNull();
  });

  it('saves the dataset as a file with stable key order that validates', async () => {
    const ws = studio();
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:studio-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    ws.edit('engagements', 0, ['summary'], 'A changed summary.');
    flushSync();
    expect(screen.getByText('unsaved changes to the file')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save JSON' }));
    const text = await saved!.text();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 1,\n');
    const json = JSON.parse(text);
    expect(parseDataset(json).ok).toBe(true);
    expect(json.engagements[0].summary).toBe('A changed summary.');
    expect(screen.getByText('no unsaved changes to the file')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saved as minimal.json');
  });
});
