// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SharePanel from '../../src/shell/SharePanel.svelte';
import Harness from './ShellShareHarness.svelte';
import { english } from '../helpers';

const i18n = english();
const REGION = 'Share or embed Counterpart countries';

async function openPanel() {
  const user = userEvent.setup();
  render(Harness, { props: { i18n } });
  const opener = screen.getByRole('button', { name: 'Share' });
  await user.click(opener);
  return { user, opener, panel: screen.getByRole('region', { name: REGION }) };
}

describe('SharePanel', () => {
  it('takes focus when it opens, on the link to copy', async () => {
    await openPanel();
    const link = screen.getByRole('textbox', { name: 'Link to this view of the dashboard' });
    expect(link).toHaveFocus();
    expect(link).toHaveValue('https://example.org/?country=IRN');
    expect(screen.getByRole('textbox', { name: /^Embed code for “Counterpart countries”/ })).toHaveValue(
      '<iframe src="https://example.org/?embed=map"></iframe>',
    );
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { user, opener } = await openPanel();
    await user.tab(); // to "Copy link": Escape works from anywhere inside
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: REGION })).toBeNull();
    expect(opener).toHaveFocus();
    expect(opener).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with its Close button too, focus back on the opener', async () => {
    const { user, opener } = await openPanel();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: REGION })).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('leaves focus where the reader put it when the panel closes from outside', async () => {
    const { user, opener } = await openPanel();
    const elsewhere = screen.getByRole('button', { name: 'Hide it from here' });
    await user.click(elsewhere);
    expect(screen.queryByRole('region', { name: REGION })).toBeNull();
    expect(elsewhere).toHaveFocus();
    expect(opener).not.toHaveFocus();
  });

  it('copies the link and the code, and says so politely', async () => {
    const { user } = await openPanel();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe('https://example.org/?country=IRN');
    const status = screen.getByText('Link copied.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await navigator.clipboard.readText()).toBe('<iframe src="https://example.org/?embed=map"></iframe>');
    expect(await screen.findByText('Embed code copied.')).toBeInTheDocument();
  });

  it('selects the text and says how to copy it when the browser refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(SharePanel, {
      props: {
        id: 'p',
        title: 'Engagements',
        link: 'https://example.org/',
        code: '<iframe></iframe>',
        i18n,
        onclose: vi.fn(),
      },
    });
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await screen.findByText(/did not allow copying/)).toBeInTheDocument();
    const code = screen.getByRole('textbox', { name: /^Embed code/ }) as HTMLTextAreaElement;
    expect(code).toHaveFocus();
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);
  });

  it('asks to close on Escape when used alone', async () => {
    const user = userEvent.setup();
    const onclose = vi.fn();
    render(SharePanel, {
      props: { id: 'p', title: 'Engagements', link: 'https://example.org/', code: '<iframe></iframe>', i18n, onclose },
    });
    await user.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalledOnce();
  });
});

describe('SharePanel for a dataset that lives in this browser', () => {
  const props = (link: string) => ({
    id: 'p',
    title: 'Counterpart countries',
    link,
    code: '<iframe></iframe>',
    i18n,
    onclose: vi.fn(),
  });
  it.each([
    { link: 'https://example.org/?data=local%3Adeals.json', says: true },
    { link: 'https://example.org/?year=2025&data=studio:abc123', says: true },
    { link: 'https://example.org/?data=https%3A%2F%2Fexample.org%2Flocal.json', says: false },
    { link: 'https://example.org/?country=IRN', says: false },
  ])('$link: says a link cannot carry the file: $says', ({ link, says }) => {
    render(SharePanel, { props: props(link) });
    const field = screen.getByRole('textbox', { name: 'Link to this view of the dashboard' });
    if (says) expect(field).toHaveAccessibleDescription(/a link cannot carry it/);
    else expect(field).not.toHaveAccessibleDescription();
  });
});
