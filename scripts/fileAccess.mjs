/**
 * How every command-line tool reads and writes files, so they all accept the same files and fail
 * the same way: text is read as UTF-8 with a byte-order mark dropped (the page and `validate`
 * accept one), and a file-system error becomes one line that names the path and says what to do,
 * never a stack trace. Plain JavaScript so that bench.mjs (run by node, not tsx) shares it.
 */
import { accessSync, constants, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A file that could not be read or written; the message is one line for the terminal. */
export class FileProblem extends Error {}

/** Why, and what to do, for the errors a person can fix. */
const ADVICE = {
  ENOENT: {
    read: ['no such file', 'check the path'],
    write: ['its folder does not exist', 'create the folder or write elsewhere'],
  },
  ENOTDIR: {
    read: ['part of the path is a file', 'check the path'],
    write: ['part of the path is a file', 'check the path'],
  },
  EISDIR: { read: ['it is a folder', 'give the file inside it'], write: ['it is a folder', 'add a file name'] },
  EACCES: {
    read: ['permission denied', 'check the file’s permissions'],
    write: ['permission denied', 'choose a folder you can write to'],
  },
  EPERM: {
    read: ['not permitted', 'check the file’s permissions'],
    write: ['not permitted', 'choose a folder you can write to'],
  },
  EROFS: { read: ['read-only file system', 'check the path'], write: ['read-only file system', 'write elsewhere'] },
  ENOSPC: { read: ['disk full', 'free some space'], write: ['disk full', 'free some space or write elsewhere'] },
};

/**
 * "cannot write /tmp/x/a.svg (ENOENT: its folder does not exist): create the folder or write elsewhere"
 * @param {string} path the absolute path tried
 * @param {unknown} err what node:fs threw
 * @param {'read' | 'write'} doing
 */
export function fileProblem(path, err, doing) {
  const code = /** @type {NodeJS.ErrnoException} */ (err)?.code ?? '';
  const known = code in ADVICE ? ADVICE[/** @type {keyof typeof ADVICE} */ (code)][doing] : undefined;
  const [why, what] = known ?? [String(/** @type {Error} */ (err)?.message ?? err).split('\n')[0], 'check the path'];
  return new FileProblem(`cannot ${doing} ${path} (${code ? `${code}: ` : ''}${why}): ${what}`);
}

/** A text file as a string, without a leading byte-order mark. Throws FileProblem. */
export function readText(/** @type {string} */ path) {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw fileProblem(path, err, 'read');
  }
}

/**
 * Throws FileProblem unless `path` can be written (its folder exists and is writable, and it is
 * not a folder): called before long work, so a typo in --out fails at once, not after it.
 */
export function checkWritable(/** @type {string} */ path) {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
      throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!statSync(dirname(path)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(dirname(path), constants.W_OK);
  } catch (err) {
    throw fileProblem(path, err, 'write');
  }
}

/** Throws FileProblem. */
export function writeFile(/** @type {string} */ path, /** @type {string | Uint8Array} */ data) {
  try {
    writeFileSync(path, data);
  } catch (err) {
    throw fileProblem(path, err, 'write');
  }
}

/**
 * A JSON.parse error on one line (V8 quotes the text around the error, newlines included), with
 * "at position 123" turned into the line and column an editor can jump to.
 * @param {string} rawMessage
 * @param {string} text the text that was parsed
 */
export function jsonErrorWhere(rawMessage, text) {
  const message = rawMessage.replace(/\s+/g, ' ');
  const match = /at position (\d+)/.exec(message);
  if (!match || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message}, line ${line} column ${column}`;
}
