/**
 * The Engagements table as a picture: the first rows of what the page lists, in its order and
 * with its search, and a note saying how many more the CSV download holds.
 */
import type { ViewExport } from '../types';
import { staticTable, tableOrder, tableRecords } from './model';
import { tableKeys } from './tableKeys';
import { tableGeometry } from './geometry';
import TableDrawing from './TableDrawing.svelte';

export default {
  view: 'table',
  title: (i18n) => i18n.t('view.table'),
  draw(input) {
    const table = staticTable(input);
    const geometry = tableGeometry(table, input.width);
    return {
      component: TableDrawing,
      props: { geometry, theme: input.theme, static: true },
      height: geometry.height,
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
