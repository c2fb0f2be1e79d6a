/** The deal chart's live view, as the dashboard and `?embed=deals` show it. */
export { default } from './DealChart.svelte';
