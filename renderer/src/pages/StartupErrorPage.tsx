/**
 * Shown when Banso cannot start on its data (a newer version, not a database, empty, damaged,
 * read-only, held by another program or another copy of Banso) or the app is unreachable. The
 * message says what happened and what to do; nothing was written.
 */
export function StartupErrorPage({ message }: { message: string }) {
  return (
    <div className="startup-error" role="alert">
      <h1>伴走を開けませんでした</h1>
      <p>{message}</p>
      <p className="muted">これまでに入力したデータは変更していません。</p>
    </div>
  );
}
