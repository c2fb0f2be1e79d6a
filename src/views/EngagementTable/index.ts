/** The table's live view, as the dashboard and `?embed=table` show it: a box that loads the table after the first chart. */
export { default } from './TableLoader.svelte';
