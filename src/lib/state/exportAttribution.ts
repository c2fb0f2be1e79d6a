/**
 * Everything a downloaded picture says about itself (attribution.ts words each part): its title,
 * context statement and source line together, for the export frame. Apart from attribution.ts
 * because only a download asks for it, so it loads with the export code. Pure.
 */
import { contextStatement, type ContextInput } from './context';
import { attributedTitle, delegationLine, sourceLine } from './attribution';
import { viewTitle, type ViewId } from '../catalog/viewCatalog';

export interface Attribution {
  /** "Kazakhstan · Kassym-Jomart Tokayev". */
  delegation: string;
  /** The view's own title: "Deal values by company". */
  view: string;
  /** The title line: "Kazakhstan · Kassym-Jomart Tokayev: Deal values by company". */
  title: string;
  /** The context statement: "2025 · cumulative investments included". */
  context: string;
  /** "Sources: Kazinform, Orda.kz · Kazakhstan's President at the UN General Assembly, 2023 and 2025." */
  source: string;
  /**
   * Languages of the dataset's words where they differ from the reader's (a leader's name or a
   * title the dataset gives only in another language), for an HTML page to mark with `lang`.
   */
  langs: { leader?: string; dataset?: string };
}

export interface AttributionInput extends ContextInput {
  view: ViewId;
  /** Publishers of what the view draws, in the dataset's order of sources (publishersOf). */
  publishers: readonly string[];
}

/** Everything a published view says about itself, in the reader's language. */
export function attribution(input: AttributionInput): Attribution {
  const { index, i18n, view } = input;
  const mark = (lang: string) => (lang === i18n.lang ? undefined : lang);
  return {
    delegation: delegationLine(index, i18n),
    view: viewTitle(view, i18n),
    title: attributedTitle(index, i18n, view),
    context: contextStatement(input),
    source: sourceLine(index, i18n, input.publishers),
    langs: {
      leader: mark(i18n.text(index.data.delegation.leader, index.datasetLang).lang),
      dataset: mark(i18n.text(index.data.title, index.datasetLang).lang),
    },
  };
}

/** Sentences joined into one description, each closed by a full stop unless it has its own ("…", "?"). */
export function sentences(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?…。]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
