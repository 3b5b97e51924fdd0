import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, OFFICIAL_SITES } from '../../../shared/externalLinks';
import { createNavigationGuard, createWindowOpenHandler } from '../../../electron/app/externalLinks';

describe('isAllowedExternalUrl', () => {
  it('allows the official sites and their subdomains over https', () => {
    for (const url of [
      'https://jizokukahojokin.info',
      'https://jizokukahojokin.info/',
      'https://r6.jizokukahojokin.info/',
      'https://s23.jizokukahojokin.info/files/koubo.pdf',
      'https://portal.monodukuri-hojo.jp/about.html?x=1&y=%E3%81%82#top',
      'https://shinjigyou-monodukuri.smrj.go.jp/',
      'https://www.chusho.meti.go.jp/keiei/kakushin/',
      'https://www.meti.go.jp/policy/economy/keiei_innovation/sangyokinyu/locaben/',
      'https://mirasapo-plus.go.jp/hint/',
      'https://gbiz-id.go.jp/top/',
      'https://www.jgrants-portal.go.jp/',
      'https://www.houjin-bangou.nta.go.jp/henkorireki-johoto.html?selHouzinNo=1234567890123',
      'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/',
      'https://WWW.METI.GO.JP/',
      'HTTPS://www.meti.go.jp/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('refuses other sites, look-alikes and tricks', () => {
    for (const url of [
      'https://evil.com/?jizokukahojokin.info',
      'https://evil.com/jizokukahojokin.info',
      'https://evil.com#jizokukahojokin.info',
      'https://jizokukahojokin.info.evil.com/',
      'https://evil-jizokukahojokin.info/',
      'https://eviljizokukahojokin.info/',
      'https://nta.go.jp/', // only houjin-bangou.nta.go.jp of nta.go.jp
      'https://go.jp/',
      // other schemes
      'http://jizokukahojokin.info/',
      'javascript:alert(1)',
      'JaVaScRiPt://jizokukahojokin.info/%0aalert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'ms-settings:',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://jizokukahojokin.info/1234',
      '//jizokukahojokin.info/',
      'https:/jizokukahojokin.info/',
      'https:///jizokukahojokin.info/',
      ' https://jizokukahojokin.info/',
      // userinfo
      'https://user@jizokukahojokin.info/',
      'https://jizokukahojokin.info@evil.com/',
      'https://jizokukahojokin.info:pw@evil.com/',
      'https://evil.com\\@jizokukahojokin.info/',
      'https://jizokukahojokin.info\\.evil.com/',
      'https://jizokukahojokin.info%40evil.com/',
      // ports
      'https://jizokukahojokin.info:8443/',
      'https://jizokukahojokin.info:443/',
      'https://jizokukahojokin.info:/',
      // trailing dots, empty labels, IP addresses
      'https://jizokukahojokin.info./',
      'https://r6..jizokukahojokin.info/',
      'https://.jizokukahojokin.info/',
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://3232235777/',
      // IDN: Unicode forms and look-alikes (Cyrillic е, full-width letters, ideographic full stop)
      'https://jizokukahojokin.info/\u3042',
      'https://www.m\u0435ti.go.jp/',
      'https://\uff57\uff57\uff57.meti.go.jp/',
      'https://www.meti\u3002go.jp/',
      'https://xn--mti-dma.go.jp/',
      // characters a browser would rewrite or strip
      'https://jizokukahojokin.info/a b',
      'https://jizoku\tkahojokin.info/',
      'https://jizokukahojokin.info/\n',
      'https://jizokukahojokin.info/"onmouseover="x',
      'https://jizokukahojokin.info/%zz',
      'https://jizokukahojokin.info/%E0%A',
      '',
      `https://jizokukahojokin.info/${'a'.repeat(3000)}`,
    ]) {
      expect(isAllowedExternalUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it('lists each domain once, in lowercase, with a Japanese label', () => {
    const domains = OFFICIAL_SITES.map((s) => s.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const s of OFFICIAL_SITES) {
      expect(s.domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(s.label).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

describe('window open handler', () => {
  it('never opens a window; opens official links in the browser and drops the rest', async () => {
    const opened: string[] = [];
    const logged: string[] = [];
    const handler = createWindowOpenHandler(async (url) => void opened.push(url), (m) => logged.push(m));
    expect(handler({ url: 'https://r6.jizokukahojokin.info/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://r6.jizokukahojokin.info/']);
    expect(logged).toHaveLength(2);
  });

  it('logs, never throws, when the browser cannot be started', async () => {
    const logged: string[] = [];
    const handler = createWindowOpenHandler(() => Promise.reject(new Error('no browser')), (m) => logged.push(m));
    expect(handler({ url: 'https://www.meti.go.jp/' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    await Promise.resolve();
    expect(logged.join('\n')).toContain('no browser');
  });
});

describe('navigation guard', () => {
  it('keeps the app on its page and sends official links to the browser', () => {
    const opened: string[] = [];
    const guard = createNavigationGuard(async (url) => void opened.push(url), () => undefined);
    let prevented = 0;
    const event = (url?: string) => ({ preventDefault: () => void prevented++, ...(url ? { url } : {}) });
    guard(event(), 'https://www.chusho.meti.go.jp/');
    guard(event('https://mirasapo-plus.go.jp/'));
    guard(event(), 'https://evil.example/');
    guard(event(), 'file:///C:/Windows/System32/calc.exe');
    guard(event());
    expect(prevented).toBe(5);
    expect(opened).toEqual(['https://www.chusho.meti.go.jp/', 'https://mirasapo-plus.go.jp/']);
  });
});
