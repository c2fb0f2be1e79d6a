/**
 * Rendered SVG markup made into well-formed XML 1.0, whatever the dataset's text holds. Both
 * serialisers we use write HTML, not XML: svelte/server escapes only `<` and `&` in text, so a
 * title with `]]>` (forbidden in XML character data) broke every command-line file, and neither
 * drops the characters XML 1.0 cannot carry at all, not even as `&#1;`. Shared by the browser
 * download and the command line (through svgFile), so both write the same file.
 */
import { wellFormed } from '../lib/data/text';

/** C0 controls other than tab, LF and CR: invisible, and not allowed anywhere in XML 1.0. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
/** The non-characters U+FFFE, U+FFFF: shown as U+FFFD, as lone surrogates are (wellFormed). */
const NOT_CHARACTERS = /[\uFFFE\uFFFF]/g;
/** A start or end tag, its attribute values quoted (they may hold `>`), or a `>` in text. */
const TAG_OR_GT = /<(?:[^"'<>]|"[^"]*"|'[^']*')*>|>/g;
const QUOTED = /"[^"]*"|'[^']*'/g;

export function wellFormedXml(markup: string): string {
  return wellFormed(markup)
    .replace(CONTROLS, '')
    .replace(NOT_CHARACTERS, '\uFFFD')
    .replace(TAG_OR_GT, (match) =>
      match === '>' ? '&gt;' : match.replace(QUOTED, (value) => value.replaceAll('<', '&lt;').replaceAll('>', '&gt;')),
    );
}
