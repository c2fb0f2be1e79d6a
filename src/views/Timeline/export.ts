/**
 * The timeline as a file: the page's drawing at the file's width (so the same form, detailed or
 * compact, that the page would draw there), with what the page says around it as notes and the
 * publishers of the drawn engagements as sources.
 */
import type { ViewExport } from '../shared/types';
import { timelineGeometry } from './geometry';
import { publishersOf } from '../../lib/data/query';
import { timelineModel, timelineNotes } from './model';
import TimelineDrawing from './TimelineDrawing.svelte';

export default {
  draw(input) {
    const model = timelineModel(input);
    const geometry = timelineGeometry(model, input.width, input.i18n);
    return {
      component: TimelineDrawing,
      props: { geometry, theme: input.theme, static: true },
      height: geometry.height,
      description: model.description,
      notes: timelineNotes(model, geometry.form, input.i18n),
      sources: publishersOf(
        input.index,
        Array.from(model.drawn, (i) => input.index.data.engagements[i]!),
      ),
    };
  },
} satisfies ViewExport;
