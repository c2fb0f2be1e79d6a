/**
 * A form's fields written as data: each form lists its fields in order (what kind of control,
 * where the value is, which words label it) and `FormFields.svelte` draws them, so every form
 * binds, labels and describes its fields the same way.
 */
import type { Snippet } from 'svelte';
import type { MessageKey } from '../../lib/i18n/keys';
import type { Choice } from '../fields/ChoiceField.svelte';
import type { Json } from '../model/editedDataset';
import type { Path } from '../model/paths';

type After<Prefix extends string, K> = K extends `${Prefix}${infer Rest}` ? Rest : never;
/** A field's words: `name` stands for the message `studio.field.name`. */
export type FieldWords = After<'studio.field.', MessageKey>;
/** A hint under a field: `day` stands for `studio.hint.day`. */
export type HintWords = After<'studio.hint.', MessageKey>;
/** An "Add …" button: `addAlias` stands for `studio.action.addAlias`. */
export type ActionWords = After<'studio.action.', MessageKey>;

/** What every field bound to one value has. */
interface Bound {
  /** Where the value is, within the record (or the dataset, in the dataset's form). */
  field: Path;
  label: FieldWords;
  hint?: HintWords;
  /** Remove the value from the record when it is emptied or cleared. */
  optional?: boolean;
  /** Writes the value, when the form's own writing does not do (a session's dates). */
  set?: (value: Json | undefined) => void;
}

/** A list of items: each item's label (`aliasN` reads "Alias {n}") and the "Add" button's words. */
interface Listed {
  item: FieldWords;
  add: ActionWords;
}

export type FieldSpec = (
  | (Bound & { kind: 'text'; multiline?: boolean; type?: 'url' })
  | (Bound & { kind: 'localText'; multiline?: boolean })
  | (Bound & { kind: 'number' })
  | (Bound & { kind: 'choice'; choices: readonly Choice[]; none?: FieldWords })
  | (Bound & { kind: 'check' })
  | (Bound & { kind: 'country' })
  | (Bound & { kind: 'actor'; only?: string; createType?: string; exclude?: string })
  | (Bound & Listed & { kind: 'list'; local?: boolean })
  | (Bound &
      Listed & {
        kind: 'rows';
        /** The item "Add" appends. */
        blank: () => Json;
        /** The fields of item `i`, side by side. */
        row: (i: number) => FieldSpec[];
        /** Drawn above the rows (the sites' map). */
        extra?: Snippet;
      })
  /** Two short fields side by side. */
  | { kind: 'pair'; fields: [FieldSpec, FieldSpec] }
  /** The parts of a record edited as a whole, each with its own component. */
  | { kind: 'id' | 'status' | 'citations' | 'participants' | 'value' }
  /** Anything else the form draws in the fields' order (a notice, the article's text). */
  | { kind: 'custom'; render: Snippet }
) & {
  /** Drawn only when true; the field keeps its place in the list, so the fields after it keep their state. */
  when?: boolean;
};
