/**
 * What the Engagements table computes once per dataset and language, on first use, and keeps in a
 * WeakMap: each column's labels, their ranks in the language's collation (collation.ts), every
 * row sorted by each column both ways (rowSort.ts), and the search text of every row. After that
 * a filter, sort or search change costs one pass (model.ts `tableOrder`), at 100,000 records as
 * at 36. Pure.
 */
import { actorLabel, type DatasetIndex } from '../../lib/data/query';
import type { Deal, Engagement } from '../../lib/data/schema';
import type { I18n } from '../../lib/i18n/i18n';
import type { SortKey } from '../../lib/state/options';
import { collationRanks } from './collation';
import { reverseRuns, sortRows, type SortSpec } from './rowSort';

/** What depends only on the dataset and the language, computed on first use and kept. */
export class TableKeys {
  readonly nE: number;
  readonly rows: number;
  #orders = new Map<string, Uint32Array>();
  #specs = new Map<SortKey, SortSpec>();
  #when: Uint32Array | undefined;
  #labels = new Map<'who' | 'what' | 'type', string[]>();
  #search: { text: string; starts: Uint32Array } | undefined;
  #matches: { name: string; mask: Uint8Array } | undefined;

  constructor(
    readonly index: DatasetIndex,
    readonly i18n: I18n,
  ) {
    this.nE = index.data.engagements.length;
    this.rows = this.nE + index.data.deals.length;
  }

  engagement(r: number): Engagement | undefined {
    return r < this.nE ? this.index.data.engagements[r] : undefined;
  }
  deal(r: number): Deal | undefined {
    return r >= this.nE ? this.index.data.deals[r - this.nE] : undefined;
  }

  /** Every row in the order of a column, ties in chronological order whichever the direction. */
  order(key: SortKey, descending: boolean): Uint32Array {
    const name = `${key}:${descending}`;
    let order = this.#orders.get(name);
    if (!order) {
      if (descending) {
        const ascending = this.order(key, false);
        order = reverseRuns(ascending, this.#specs.get(key)!);
      } else {
        const spec = this.#spec(key);
        this.#specs.set(key, spec);
        order = sortRows(this.rows, spec, key === 'when' ? this.#anchor() : this.#chronological());
      }
      this.#orders.set(name, order);
    }
    return order;
  }

  /** Makes the search text now (a one-time cost, a second at 100,000 rows), before the first word is typed. */
  prepareSearch(): void {
    this.#haystack();
  }

  /** A row's text to search in: who, what, type, publishers and quotes, folded (lower case, no accents). */
  searchText(r: number): string {
    const { text, starts } = this.#haystack();
    return text.slice(starts[r]!, starts[r + 1]! - 1);
  }

  /**
   * Rows whose text holds every word (folded). One native `indexOf` scan of all rows' text per
   * word, jumping to the next row after a hit; the last answer is kept, so a filter or sort
   * change under the same search costs nothing here.
   */
  matching(words: readonly string[]): Uint8Array {
    const name = words.join(' ');
    if (this.#matches?.name === name) return this.#matches.mask;
    const { text, starts } = this.#haystack();
    let mask: Uint8Array | undefined;
    for (const word of words) {
      const hit = new Uint8Array(this.rows);
      // Hits come in text order, so the row of each is found by walking on from the last one.
      let r = 0;
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, starts[r + 1]!)) {
        while (starts[r + 1]! <= at) r++;
        if (!mask || mask[r]) hit[r] = 1;
      }
      mask = hit;
    }
    mask ??= new Uint8Array(this.rows).fill(1);
    this.#matches = { name, mask };
    return mask;
  }

  /** Every row's search text in one string, rows apart by a NUL (no search word holds one), with where each starts. */
  #haystack(): { text: string; starts: Uint32Array } {
    if (!this.#search) {
      const { index } = this;
      const who = this.#labelsOf('who');
      const what = this.#labelsOf('what');
      const type = this.#labelsOf('type');
      const dealWord = this.i18n.t('table.deal');
      const starts = new Uint32Array(this.rows + 1);
      const parts: string[] = [];
      let length = 0;
      for (let r = 0; r < this.rows; r++) {
        const record = this.engagement(r) ?? this.deal(r)!;
        const cites = record.citations
          .map((c) => `${index.sources.get(c.source)?.publisher ?? ''} ${c.quote}`)
          .join(' ');
        const part = fold(`${who[r]} ${what[r]} ${type[r]} ${r < this.nE ? '' : dealWord} ${cites}`) + '\0';
        starts[r] = length;
        length += part.length;
        parts.push(part);
      }
      starts[this.rows] = length;
      this.#search = { text: parts.join(''), starts };
    }
    return this.#search;
  }

  /** Who, what and type as one string per row, in the page's language. */
  #labelsOf(column: 'who' | 'what' | 'type'): string[] {
    let labels = this.#labels.get(column);
    if (labels) return labels;
    const { index, i18n } = this;
    // A few hundred actors and a dozen types stand in 100,000 rows: word each once.
    const once = new Map<string, string>();
    const word = (key: string, make: () => string) => once.get(key) ?? (once.set(key, make()), once.get(key)!);
    const actor = (id: string) => word(id, () => actorLabel(id, index, i18n.lang));
    labels = Array.from({ length: this.rows }, (_, r) => {
      const e = this.engagement(r);
      const d = this.deal(r)!;
      if (column === 'what') return i18n.text((e ?? d).summary, index.datasetLang).text;
      if (column === 'type')
        return e
          ? word(e.type, () => i18n.t(`engagementType.${e.type}`))
          : word(`:${d.basis}`, () => i18n.t(`basis.${d.basis}`));
      return e ? e.participants.map((p) => actor(p.actor)).join(', ') : actor(d.company);
    });
    this.#labels.set(column, labels);
    return labels;
  }

  /** Ties keep a deal right after the engagement it was made at, else records in dataset order. */
  #anchor(): Float64Array {
    const { index, nE } = this;
    const anchor = new Float64Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const linked = r < nE ? r : index.dEngagement[r - nE]!;
      anchor[r] = r < nE ? 2 * r : linked >= 0 ? 2 * linked + 1 : 2 * r + 1;
    }
    return anchor;
  }

  /** Each row's place in chronological order: what ties in any other column fall back to. */
  #chronological(): Uint32Array {
    if (!this.#when) {
      const order = this.order('when', false);
      this.#when = new Uint32Array(this.rows);
      order.forEach((r, at) => (this.#when![r] = at));
    }
    return this.#when;
  }

  #spec(key: SortKey): SortSpec {
    const { index, nE, rows } = this;
    const value = new Float64Array(rows);
    const missing = new Uint8Array(rows);
    if (key === 'when') {
      // Session first, then the day; a record without a date goes last in its session.
      const group = new Float64Array(rows);
      for (let r = 0; r < rows; r++) {
        const linked = r < nE ? r : index.dEngagement[r - nE]!;
        group[r] = r < nE ? index.eSessionSlot[r]! : index.dSessionSlot[r - nE]!;
        const day = linked >= 0 ? index.eDay[linked]! : NaN;
        missing[r] = Number.isNaN(day) ? 1 : 0;
        value[r] = missing[r] ? 0 : day;
      }
      return { group, missing, value };
    }
    if (key === 'value') {
      // No value sorts last in both directions: an undisclosed deal, then an engagement (none to give).
      for (let r = 0; r < rows; r++) {
        const usd = r < nE ? NaN : index.dUsd[r - nE]!;
        missing[r] = r < nE ? 2 : Number.isNaN(usd) ? 1 : 0;
        value[r] = missing[r] ? 0 : usd;
      }
      return { missing, value };
    }
    const labels = this.#labelsOf(key);
    const ranks = collationRanks(labels, this.i18n.compare);
    for (let r = 0; r < rows; r++) value[r] = ranks[r]!;
    if (key === 'who') for (let r = 0; r < rows; r++) missing[r] = labels[r] ? 0 : 1;
    // Engagement types and deal bases are different lists: engagements first, then deals.
    const group = key === 'type' ? Float64Array.from({ length: rows }, (_, r) => (r < nE ? 0 : 1)) : undefined;
    return { group, missing, value };
  }
}

/** Lower case without accents, so "niinisto" finds "Niinistö" and "ANTÓNIO" finds "António". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII: no accents to take off.
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

const cache = new WeakMap<DatasetIndex, Map<string, TableKeys>>();

/** The keys of a dataset in a language, made once and shared by every render and export. */
export function tableKeys(index: DatasetIndex, i18n: I18n): TableKeys {
  let byLang = cache.get(index);
  if (!byLang) cache.set(index, (byLang = new Map()));
  let keys = byLang.get(i18n.lang);
  if (!keys) byLang.set(i18n.lang, (keys = new TableKeys(index, i18n)));
  return keys;
}
