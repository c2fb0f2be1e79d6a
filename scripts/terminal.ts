/**
 * Everything the command line prints goes through here: text from a dataset (a company's name,
 * a quote, a problem naming a record) could hold escape sequences or carriage returns that move
 * the cursor and rewrite what the terminal shows ("export: all checks passed"). Control
 * characters are written as visible escapes instead. Pure, apart from `say` and `warn`.
 */

/** C0 controls, DEL and C1 controls (ESC starts every terminal sequence; CSI is also U+009B). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same without the line feed and the tab, which the tools' own messages use. */
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escape = (c: string) => `\\u{${c.charCodeAt(0).toString(16)}}`;

/** A piece of data on one line: every control character, line breaks included, made visible. */
export function oneLine(text: string): string {
  return String(text).replace(CONTROLS, escape);
}

/** A whole message: its line breaks and tabs kept, every other control character made visible. */
export function forTerminal(text: string): string {
  return String(text).replace(CONTROLS_BUT_LINES, escape);
}

/** console.log for the tools: standard output. */
export const say = (text: string) => console.log(forTerminal(text));
/** console.error for the tools: standard error. */
export const warn = (text: string) => console.error(forTerminal(text));
