/** The timeline's live view, as the dashboard and `?embed=timeline` show it. */
export { default } from './Timeline.svelte';
