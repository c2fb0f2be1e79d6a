// @vitest-environment jsdom
// The prerendered page's boot data: whatever the dataset's text holds, the JSON block ends where
// it should and reads back as written.
import { describe, expect, it } from 'vitest';
import { bootJson, readBoot } from '../../src/lib/state/boot';
import { fixture } from '../helpers';

describe('bootJson', () => {
  it.each(['</script><script>alert(1)</script>', '<!--<script>', '<!-- </script -->', '</SCRIPT >'])(
    'keeps a title holding %s inside the block',
    (title) => {
      const data = { ...fixture('minimal.json'), title };
      const pack = { lang: 'en' as const, messages: { a: '<b>' }, countryNames: new Map([['USA', 'United States']]) };
      const html = `<!doctype html><body><script type="application/json" id="unga-boot">${bootJson(data, pack)}</script><p id="after">after</p></body>`;
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelectorAll('script')).toHaveLength(1);
      expect(doc.getElementById('after')?.textContent).toBe('after');
      const boot = readBoot(doc);
      expect(boot?.data.title).toBe(title);
      expect(boot?.pack.messages).toEqual({ a: '<b>' });
    },
  );
});
