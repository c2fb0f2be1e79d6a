/**
 * Compiles the message files (src/lib/i18n/messages/<lang>/*.json, ICU MessageFormat) with
 * Lingui's compiler when Vite loads them, so the page ships ready-to-run messages and no parser.
 * The files stay plain JSON that a translator edits; a syntax error fails the build with the
 * file and key named.
 */
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const MESSAGE_FILE = /[\\/]src[\\/]lib[\\/]i18n[\\/]messages[\\/][a-z]{2}[\\/][a-z-]+\.json$/;

export function compileMessageFile(text: string, file: string): Record<string, unknown> {
  const messages = JSON.parse(text) as Record<string, string>;
  const out: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(messages)) {
    try {
      out[key] = compileMessage(message);
    } catch (err) {
      throw new Error(`${file}: message "${key}" is not valid ICU MessageFormat (${(err as Error).message})`);
    }
  }
  return out;
}

export function compiledMessages(): Plugin {
  return {
    name: 'unga:compiled-messages',
    // Before Vite's own JSON plugin, which then turns the compiled JSON into a module.
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!MESSAGE_FILE.test(file)) return null;
      return { code: JSON.stringify(compileMessageFile(code, file)), map: null };
    },
  };
}
