import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { base64ToBytes } from '../files';
import type { PreviewPdf } from './pdfDocument';
import { PdfPages } from './PdfPages';

/**
 * The PDF as it will print, drawn page by page with pdf.js (no browser PDF plugin). Rebuilt each time
 * the tab opens; pdf.js itself is loaded only then, so the start-up bundle does not carry it.
 */
export function PreviewView({ applicationId, beforeExport }: { applicationId: string; beforeExport: () => Promise<void> }) {
  const [pdf, setPdf] = useState<PreviewPdf>();
  const [error, setError] = useState<string>();
  const [warnings, setWarnings] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    let opened: PreviewPdf | undefined;
    setPdf(undefined);
    setError(undefined);
    const library = import('./pdfDocument');
    library.catch(() => undefined); // reported below, where it is awaited
    (async () => {
      await beforeExport();
      const f = await call('exportApplication', { id: applicationId, format: 'pdf', snapshot: false });
      const { openPreviewPdf } = await library;
      if (!live) return;
      const doc = await openPreviewPdf(base64ToBytes(f.base64));
      if (!live) return void doc.destroy();
      opened = doc;
      setPdf(doc);
      setWarnings(f.warnings);
    })().catch((e: unknown) => live && setError(`プレビューを作成できませんでした（${errorMessage(e)}）。`));
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [applicationId, beforeExport]);
  if (error) return <p className="notice error" role="alert">{error}</p>;
  if (!pdf) return <p className="loading">プレビューを作成中…</p>;
  return (
    <div className="preview">
      {warnings.map((w) => <p key={w} className="notice error">{w}</p>)}
      <PdfPages pdf={pdf} />
    </div>
  );
}
