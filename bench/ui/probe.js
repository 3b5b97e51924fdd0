// Injected into every page of `npm run bench:ui` before the app's own scripts (Playwright addInitScript).
// Plain JavaScript run in the page: records long tasks and offers helpers that time "until painted".
// A frame counts as painted when a task queued from its requestAnimationFrame callback runs (the
// frame has been committed by then) — the usual approximation of "next paint".
(() => {
  const probe = { longTasks: [], inputs: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no Long Tasks API: long tasks are reported as none */
  }

  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  probe.nextPaint = nextPaint;

  /** Resolves once `pred()` holds (checked after every DOM change). */
  const waitFor = (pred, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      if (pred()) return resolve();
      const timer = setTimeout(() => {
        mo.disconnect();
        reject(new Error('bench:ui: timed out waiting for the page'));
      }, timeoutMs);
      const mo = new MutationObserver(() => {
        if (pred()) {
          clearTimeout(timer);
          mo.disconnect();
          resolve();
        }
      });
      mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  probe.waitFor = waitFor;

  /** Time (ms since navigation) when `selector` is in the page and painted. */
  probe.paintedAt = async (selector) => {
    await waitFor(() => document.querySelector(selector) !== null);
    return nextPaint();
  };

  /** Time when every web font the page asked for so far has arrived and the page painted with it. */
  probe.fontsSettledAt = async () => {
    await document.fonts.ready;
    await nextPaint();
    await document.fonts.ready;
    return nextPaint();
  };

  probe.fontFiles = () => performance.getEntriesByType('resource').filter((e) => /\.(woff2?|ttf|otf)(\?|$)/.test(e.name)).length;

  /** The body size of the last response of an API method (bytes as sent, and decoded). */
  probe.apiSize = (method) => {
    const entries = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/api/${method}`));
    const e = entries[entries.length - 1];
    return e ? { encoded: e.encodedBodySize, decoded: e.decodedBodySize } : null;
  };

  /** Bytes of every API response that had arrived by `until` (ms since navigation), with their names. */
  probe.apiBytesUntil = (until) => {
    const entries = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.responseEnd <= until);
    return { bytes: entries.reduce((n, e) => n + (e.encodedBodySize || e.decodedBodySize), 0), calls: entries.map((e) => e.name.split('/api/')[1]) };
  };

  probe.longTasksBetween = (from, to) => probe.longTasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration);

  /** From now on, every `type` event on `el` records its time stamp → the next paint. */
  probe.timeInputs = (el, type) => {
    el.addEventListener(
      type,
      (e) => {
        const start = e.timeStamp;
        void nextPaint().then((end) => probe.inputs.push(end - start));
      },
      { capture: true },
    );
  };

  /** Marks set by the page's life: when `selector` first appears and is painted, then when its fonts settled. */
  probe.marks = {};
  probe.watch = (name, selector) => {
    void probe.paintedAt(selector).then(async (t) => {
      probe.marks[name] = t;
      probe.marks[`${name}Fonts`] = await probe.fontsSettledAt();
    });
  };

  window.__bansoProbe = probe;
  for (const [name, selector] of Object.entries(window.__bansoWatch || {})) probe.watch(name, selector);
})();
