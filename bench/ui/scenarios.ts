/**
 * What one bench:ui run does in the browser, as an advisor would: open the app (client list), go to the
 * portfolio, filter it by 担当, open an application, paste 20,000 characters into a text field and type.
 * Times are taken in the page (tests/../probe.js): from navigation, click or input event to the next
 * paint. The page scripts are strings: bench/ is type-checked without the DOM.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe.js');

export interface Target {
  applicationId: string;
  sectionId: string;
  fieldId: string;
}

export interface RunFigures {
  clientListPainted: number;
  clientListWithFonts: number;
  clientListFontFiles: number;
  clientListLongTasks: number[];
  /** API responses the client list waited for (bytes, and the calls in the order they finished). */
  clientListApiBytes: number;
  clientListApiCalls: string[];
  portfolioPainted: number;
  portfolioWithFonts: number;
  portfolioLongTasks: number[];
  portfolioPayload: number | null;
  /** The same, opened again later (after the wizard part of the run). */
  portfolioAgainPainted: number;
  portfolioAgainLongTasks: number[];
  filterAgainMs: number | null;
  filterMs: number | null;
  filterLongTasks: number[];
  wizardPainted: number;
  wizardFontFiles: number;
  pasteMs: number;
  pasteLongTasks: number[];
  typingP95: number;
  typingMax: number;
  typingLongTasks: number[];
}

const ev = <T>(page: Page, script: string): Promise<T> => page.evaluate(script) as Promise<T>;

/** Polls `expr` in the page until it is true (waitForFunction would eval a string, which the app's CSP forbids). */
async function until(page: Page, expr: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ev<boolean>(page, `Boolean(${expr})`))) {
    if (Date.now() > end) throw new Error(`bench:ui: timed out waiting for ${expr}`);
    await sleep(20);
  }
}

interface Timed {
  painted: number;
  fonts: number;
  long: number[];
}

/** Goes to `hash` as a click on a link would and times it until `selector` is painted (and its fonts). */
function navigateTimed(page: Page, hash: string, selector: string): Promise<Timed> {
  return ev<Timed>(
    page,
    `(async () => {
      const p = window.__bansoProbe;
      const t0 = performance.now();
      location.hash = ${JSON.stringify(hash)};
      const t1 = await p.paintedAt(${JSON.stringify(selector)});
      const t2 = await p.fontsSettledAt();
      return { painted: t1 - t0, fonts: t2 - t0, long: p.longTasksBetween(t0, t2) };
    })()`,
  );
}

/** Chooses the first 担当 in the portfolio's filter and times it until the board shows the filtered count. */
function filterTimed(page: Page): Promise<{ ms: number; long: number[] } | null> {
  return ev(
    page,
    `(async () => {
      const p = window.__bansoProbe;
      const sel = document.querySelector('select[aria-label="担当で絞り込む"]');
      if (!sel || sel.options.length < 2) return null;
      const heading = () => [...document.querySelectorAll('h2')].find((h) => h.textContent.startsWith('進み具合'))?.textContent;
      const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
      const before = heading();
      const t0 = performance.now();
      setValue.call(sel, sel.options[1].value);
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await p.waitFor(() => heading() !== before);
      const t1 = await p.nextPaint();
      setValue.call(sel, '');
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await p.waitFor(() => heading() === before);
      await p.nextPaint();
      return { ms: t1 - t0, long: p.longTasksBetween(t0, t1) };
    })()`,
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** 20,000 characters of plan text (Japanese with punctuation and line breaks, as pasted from Word). */
export function pasteText(n = 20_000): string {
  const para = '当社は創業以来、地域の住宅の新築とリフォームを手がけてきた。高齢化に伴い、手すりの設置や段差の解消など小規模な改修の相談が増えている。\n';
  return para.repeat(Math.ceil(n / para.length)).slice(0, n);
}

export async function runOnce(browser: Browser, url: string, target: Target, opts: { keystrokes: number }): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'ja-JP' });
  try {
    // A real paste (Ctrl+V from the clipboard: one insertFromPaste input), not typed-in text.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await context.addInitScript({ content: `window.__bansoWatch = { clientList: 'table.list tbody tr' };` });
    await context.addInitScript({ path: PROBE });
    const page = await context.newPage();
    await page.goto(url);
    await until(page, 'window.__bansoProbe.marks.clientListFonts !== undefined');
    const start = await ev<{ painted: number; fonts: number; files: number; long: number[]; api: { bytes: number; calls: string[] } }>(
      page,
      `(() => { const p = window.__bansoProbe; return { painted: p.marks.clientList, fonts: p.marks.clientListFonts, files: p.fontFiles(), long: p.longTasksBetween(0, p.marks.clientListFonts), api: p.apiBytesUntil(p.marks.clientList) }; })()`,
    );
    await sleep(300);

    const portfolio = await navigateTimed(page, '#/portfolio', '.board');
    const payload = await ev<{ encoded: number; decoded: number } | null>(page, `window.__bansoProbe.apiSize('getPortfolio')`);
    await sleep(300);
    const filter = await filterTimed(page);
    await sleep(300);

    const wizard = await navigateTimed(page, `#/applications/${encodeURIComponent(target.applicationId)}/${encodeURIComponent(target.sectionId)}`, `textarea[data-field="${target.fieldId}"]`);
    const wizardFontFiles = await ev<number>(page, 'window.__bansoProbe.fontFiles()');
    const field = page.locator(`textarea[data-field="${target.fieldId}"]`);
    await field.fill('');
    await ev(page, `navigator.clipboard.writeText(${JSON.stringify(pasteText())})`);
    await sleep(1500); // the autosave of the emptied field
    await field.focus();
    await ev(page, `(() => { const p = window.__bansoProbe; p.inputs = []; p.timeInputs(document.querySelector('textarea[data-field="${target.fieldId}"]'), 'input'); })()`);
    const t0 = await ev<number>(page, 'performance.now()');
    await page.keyboard.press('ControlOrMeta+V');
    await until(page, 'window.__bansoProbe.inputs.length >= 1');
    const paste = await ev<{ ms: number; long: number[]; chars: number }>(
      page,
      `(() => { const p = window.__bansoProbe; return { ms: p.inputs[0], long: p.longTasksBetween(${t0}, performance.now()), chars: document.querySelector('textarea[data-field="${target.fieldId}"]').value.length }; })()`,
    );
    if (paste.chars !== pasteText().length) throw new Error(`bench:ui: the paste put ${paste.chars} characters in the field, not ${pasteText().length}`);
    await sleep(2000); // the autosave of the paste

    // Typing at the end of the 20,000 characters: keydown → next paint (each key also fires input, recorded after it).
    await ev(page, `(() => { const p = window.__bansoProbe; p.inputs = []; p.keydowns = []; const el = document.querySelector('textarea[data-field="${target.fieldId}"]'); el.setSelectionRange(el.value.length, el.value.length); el.addEventListener('keydown', (e) => { const s = e.timeStamp; void p.nextPaint().then((end) => p.keydowns.push(end - s)); }, { capture: true }); })()`);
    const t1 = await ev<number>(page, 'performance.now()');
    for (let i = 0; i < opts.keystrokes; i++) {
      await page.keyboard.press(i % 10 === 9 ? 'Space' : 'KeyA');
      await sleep(80);
    }
    await until(page, `window.__bansoProbe.keydowns.length >= ${opts.keystrokes}`);
    const typing = await ev<{ keys: number[]; long: number[] }>(page, `(() => { const p = window.__bansoProbe; return { keys: p.keydowns, long: p.longTasksBetween(${t1}, performance.now()) }; })()`);
    await sleep(1500); // the last autosave
    // The dashboard again, as an advisor opens it later in the day (the server has had its start-up warm-up).
    const portfolioAgain = await navigateTimed(page, '#/portfolio', '.board');
    await sleep(300);
    const filterAgain = await filterTimed(page);
    await sleep(300);
    const keys = [...typing.keys].sort((a, b) => a - b);
    return {
      clientListPainted: start.painted,
      clientListWithFonts: start.fonts,
      clientListFontFiles: start.files,
      clientListLongTasks: start.long,
      clientListApiBytes: start.api.bytes,
      clientListApiCalls: start.api.calls,
      portfolioPainted: portfolio.painted,
      portfolioWithFonts: portfolio.fonts,
      portfolioLongTasks: portfolio.long,
      portfolioPayload: payload ? payload.encoded || payload.decoded : null,
      filterMs: filter?.ms ?? null,
      filterLongTasks: filter?.long ?? [],
      portfolioAgainPainted: portfolioAgain.painted,
      portfolioAgainLongTasks: portfolioAgain.long,
      filterAgainMs: filterAgain?.ms ?? null,
      wizardPainted: wizard.painted,
      wizardFontFiles,
      pasteMs: paste.ms,
      pasteLongTasks: paste.long,
      typingP95: keys[Math.min(keys.length - 1, Math.floor(0.95 * keys.length))] ?? NaN,
      typingMax: keys[keys.length - 1] ?? NaN,
      typingLongTasks: typing.long,
    };
  } finally {
    await context.close();
  }
}
