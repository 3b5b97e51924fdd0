/** Shown when the database cannot be opened (newer version, not a database) or the app is unreachable. */
export function StartupErrorPage({ message }: { message: string }) {
  return (
    <div className="startup-error" role="alert">
      <h1>伴走を開けませんでした</h1>
      <p>{message}</p>
      <p className="muted">データは変更していません。担当者に連絡するか、最新版の伴走をインストールしてから開き直してください。</p>
    </div>
  );
}
