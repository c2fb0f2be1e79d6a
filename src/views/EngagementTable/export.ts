/**
 * The Engagements table as a picture: the first rows of what the page lists, in its order and
 * with its search, and a note saying how many more the CSV download holds; described as the
 * page's caption describes it.
 */
import { sentences } from '../../lib/state/exportAttribution';
import type { ViewExport } from '../shared/types';
import { captionNotes, sortCaption, staticTable, tableCounts, tableOrder, tableRecords } from './model';
import { tableKeys } from './tableKeys';
import { tableGeometry } from './geometry';
import EngagementTableDrawing from './EngagementTableDrawing.svelte';

export default {
  draw(input) {
    const table = staticTable(input);
    const geometry = tableGeometry(table, input.width);
    return {
      component: EngagementTableDrawing,
      props: { geometry, theme: input.theme, static: true },
      height: geometry.height,
      // What the page's caption says (the counts, planned records), then its table's caption (the order) or why it is empty.
      description: sentences([
        ...captionNotes(tableCounts(input.index, input.filtered, input.options), input.i18n),
        table.empty ?? sortCaption(input.options, input.i18n),
      ]),
      notes: table.notes,
      sources: table.sources,
    };
  },
  // The downloads list what the page lists: its search and its order.
  records(input) {
    const keys = tableKeys(input.index, input.i18n);
    return tableRecords(keys, tableOrder(keys, input.filtered, input.options));
  },
} satisfies ViewExport;
