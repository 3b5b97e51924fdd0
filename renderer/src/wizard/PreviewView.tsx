import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { errorMessage } from '../hooks/useAsync';
import { base64ToBytes } from '../files';

/** The PDF as it will print, shown in the built-in PDF viewer. Rebuilt each time the tab opens. */
export function PreviewView({ applicationId, beforeExport }: { applicationId: string; beforeExport: () => Promise<void> }) {
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();
  const [warnings, setWarnings] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    let made: string | undefined;
    (async () => {
      await beforeExport();
      const f = await call('exportApplication', { id: applicationId, format: 'pdf', snapshot: false });
      if (!live) return;
      made = URL.createObjectURL(new Blob([base64ToBytes(f.base64)], { type: 'application/pdf' }));
      setUrl(made);
      setWarnings(f.warnings);
    })().catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [applicationId, beforeExport]);
  if (error) return <p className="notice error" role="alert">{error}</p>;
  if (!url) return <p className="loading">プレビューを作成中…</p>;
  return (
    <div className="preview">
      {warnings.map((w) => <p key={w} className="notice error">{w}</p>)}
      <iframe title="印刷プレビュー" src={url} data-testid="preview-frame" />
    </div>
  );
}
