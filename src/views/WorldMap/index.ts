/** The map's live view, as the dashboard and `?embed=map` show it: a light shell, MapLibre and the basemap load after the first chart. */
export { default } from './WorldMap.svelte';
