// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DatasetHead } from '../../src/lib/data/loadJob';
import type { Dataset } from '../../src/lib/data/schema';
import type { Language } from '../../src/lib/i18n/languages';
import Header from '../../src/shell/Header.svelte';
import LanguageSwitch from '../../src/shell/LanguageSwitch.svelte';
import { synthDataset } from '../../scripts/synth/generate';
import { bundledDataset, english } from '../helpers';

const i18n = english();

const headOf = ({ engagements: _e, deals: _d, ...head }: Dataset): DatasetHead => head;

function renderHeader(head: DatasetHead, o: { editHref?: string; lang?: Language } = {}) {
  const onLanguage = vi.fn();
  render(Header, {
    props: {
      head,
      datasetLang: head.language ?? 'en',
      i18n,
      lang: o.lang ?? 'en',
      onlanguage: onLanguage,
      editHref: o.editHref,
    },
  });
  return onLanguage;
}

describe('Header', () => {
  const bundled = headOf(bundledDataset());

  it('titles the page with the dataset and says whose delegation it follows', () => {
    renderHeader(bundled);
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(i18n.text(bundled.title, 'en').text);
    expect(h1).not.toHaveAttribute('lang');
    expect(screen.getByText(/^Delegation:/)).toHaveTextContent(
      `Delegation: Kassym-Jomart Tokayev, Kazakhstan (also spelled ${i18n.list(bundled.delegation.aliases)})`,
    );
  });

  it('lists the sources: publisher linked safely, title, date', () => {
    renderHeader(bundled);
    const sources = screen.getByRole('region', { name: 'Sources' });
    const items = within(sources).getAllByRole('listitem');
    expect(items).toHaveLength(bundled.sources.length);
    bundled.sources.forEach((s, i) => {
      const item = items[i]!;
      expect(item).toHaveTextContent(s.title);
      if (s.published) expect(item).toHaveTextContent(i18n.date(s.published));
      if (s.url) {
        const link = within(item).getByRole('link', { name: s.publisher });
        expect(link).toHaveAttribute('href', s.url);
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
    });
  });

  it('words a source with its author and date in one sentence', () => {
    const head: DatasetHead = {
      ...bundled,
      sources: [
        {
          id: 's',
          publisher: 'Example Wire',
          title: 'A visit',
          url: 'https://example.org/a',
          author: 'Ann Writer',
          published: '2023-09-19',
          language: 'ru',
        },
      ],
    };
    renderHeader(head);
    const item = within(screen.getByRole('region', { name: 'Source' })).getByRole('listitem');
    expect(item.textContent).toBe('Example Wire: A visit, by Ann Writer, 19 September 2023');
    expect(within(item).getByText('A visit')).toHaveAttribute('lang', 'ru');
  });

  it('marks a title shown in another language than the page', () => {
    renderHeader({
      ...bundled,
      title: { ru: 'Президент Казахстана в ООН' },
      delegation: { ...bundled.delegation, aliases: [] },
    });
    const h1 = screen.getByRole('heading', { level: 1, name: 'Президент Казахстана в ООН' });
    expect(h1).toHaveAttribute('lang', 'ru');
    expect(screen.getByText(/^Delegation:/)).toHaveTextContent(/^Delegation: Kassym-Jomart Tokayev, Kazakhstan$/);
  });

  it('links to the studio only when it can edit the dataset', () => {
    renderHeader(bundled, { editHref: 'studio.html?data=x' });
    expect(screen.getByRole('link', { name: 'Edit this dataset' })).toHaveAttribute('href', 'studio.html?data=x');
  });

  it('has no edit link without an address for it', () => {
    renderHeader(bundled);
    expect(screen.queryByRole('link', { name: 'Edit this dataset' })).toBeNull();
  });

  it('shows a few of many sources, and all of them on request', async () => {
    const user = userEvent.setup();
    const head = headOf(synthDataset({ engagements: 3000, seed: 1 }));
    expect(head.sources.length).toBeGreaterThan(100);
    renderHeader(head);
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem').length).toBeLessThan(10);
    const more = within(sources).getByRole('button', { name: `Show all ${i18n.count(head.sources.length)} sources` });
    await user.click(more);
    expect(within(sources).getAllByRole('listitem')).toHaveLength(head.sources.length);
    expect(more).toHaveAttribute('aria-expanded', 'true');
  });

  it('marks the texts of a dataset written in another language', () => {
    const head: DatasetHead = {
      ...bundled,
      language: 'ru',
      title: 'Президент Казахстана в ООН',
      description: 'Визиты',
      delegation: { country: 'KAZ', leader: 'Касым-Жомарт Токаев', aliases: [] },
    };
    renderHeader(head);
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'ru');
    expect(screen.getByText('Визиты')).toHaveAttribute('lang', 'ru');
    expect(screen.getByText('Касым-Жомарт Токаев')).toHaveAttribute('lang', 'ru');
    expect(screen.getByText(/^Delegation:/)).toHaveTextContent(/^Delegation: Касым-Жомарт Токаев, Kazakhstan$/);
  });
});

describe('LanguageSwitch', () => {
  it('names each language in its own language, marked with it', () => {
    render(LanguageSwitch, { props: { lang: 'en', i18n, onlanguage: vi.fn() } });
    const group = screen.getByRole('group', { name: 'Language' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => [b.textContent?.trim(), b.getAttribute('lang')])).toEqual([
      ['Қазақша', 'kk'],
      ['Русский', 'ru'],
      ['English', 'en'],
    ]);
    expect(within(group).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Қазақша' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('presses the language in use', () => {
    render(LanguageSwitch, { props: { lang: 'ru', i18n, onlanguage: vi.fn() } });
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('asks for the language chosen, by mouse or keyboard, and not for the current one', async () => {
    const user = userEvent.setup();
    const onLanguage = vi.fn();
    render(LanguageSwitch, { props: { lang: 'en', i18n, onlanguage: onLanguage } });
    await user.click(screen.getByRole('button', { name: 'Қазақша' }));
    expect(onLanguage).toHaveBeenCalledExactlyOnceWith('kk');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(onLanguage).toHaveBeenCalledOnce();
    screen.getByRole('button', { name: 'Русский' }).focus();
    await user.keyboard('{Enter}');
    expect(onLanguage).toHaveBeenLastCalledWith('ru');
  });
});
