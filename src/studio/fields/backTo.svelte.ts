/**
 * Where "Edit" on an actor was pressed from: the actor form then offers to go back to that
 * engagement or deal, so fixing a participant's country never loses the record being written.
 * One per page (a studio holds one workspace); forgotten when the user goes elsewhere.
 */
import type { Path } from '../model/paths';
import type { Collection } from '../model/editedDataset';
import type { Workspace } from '../model/workspace.svelte';

export interface BackTo {
  ws: Workspace;
  collection: Collection;
  index: number;
  /** The actor being edited (its position in actors[]). */
  actor: number;
  /** The field the jump came from, focused on return. */
  path: Path;
}

export const backTo = $state<{ current: BackTo | null }>({ current: null });

/** Show an actor, remembering the record shown now so the actor form can lead back to it. */
export function editActor(ws: Workspace, actor: number, path: Path): void {
  const collection = ws.section;
  backTo.current =
    collection === 'dataset' || collection === 'actors'
      ? null
      : { ws, collection, index: ws.selected[collection], actor, path };
  ws.show('actors', actor);
}
