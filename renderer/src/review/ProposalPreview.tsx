import { Dialog } from '../components/Dialog';
import { TextDiff } from '../components/SideBySide';
import type { ProposalResult } from '../../../shared/review/applyProposal';
import { countChars } from '../../../shared/checks/textScan';

/** Before 反映: the field as it reads now and as it would read, side by side; a whole-field rewrite is said so. */
export function ProposalPreview({ fieldLabel, result, open, busy, onApply, onClose }: { fieldLabel: string; result: ProposalResult | undefined; open: boolean; busy: boolean; onApply: () => void; onClose: () => void }) {
  return (
    <Dialog title="修正案を反映する前の確認" open={open} onClose={onClose}>
      {result && !result.ok && <p className="notice error" role="alert">{result.message}</p>}
      {result?.ok && (
        <>
          <p className="small">「{fieldLabel}」が次のように変わります。反映する前の内容は版として残り、反映後に「元に戻す」で戻せます。</p>
          {result.wholeField && (
            <p className="notice error" role="alert">
              この修正案は箇所を選ばずに書かれたため、<strong>欄全体を置き換えます</strong>（{countChars(result.before)}字 → {countChars(result.after)}字）。
            </p>
          )}
          <TextDiff before={result.before} after={result.after} labels={['今の内容', '反映後']} />
        </>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>キャンセル</button>
        <button type="button" className="primary" disabled={busy || !result?.ok} onClick={onApply}>反映する</button>
      </div>
    </Dialog>
  );
}
