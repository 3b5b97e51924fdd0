import { href } from '../router';

/** ローカルベンチマーク of one client (決算 data, six indicators, radar, 非財務). */
export function LokabenPage({ clientId }: { clientId: string }) {
  return (
    <div className="page">
      <nav className="crumbs" aria-label="パンくず"><a href={href({ page: 'client', clientId })}>事業者に戻る</a></nav>
      <h1>ローカルベンチマーク</h1>
    </div>
  );
}
