// Russian messages, one file per area of the product (a translator edits the JSON files).
import common from './common.json';
import shell from './shell.json';
import map from './map.json';
import timeline from './timeline.json';
import deals from './deals.json';
import table from './table.json';
import exportMessages from './export.json';
import problems from './problems.json';
export default { ...common, ...shell, ...map, ...timeline, ...deals, ...table, ...exportMessages, ...problems };
