import { PLAN_SECTIONS, VIEWPOINTS } from '../../../shared/lokaben/questions';
import type { HizaimuAnswers, ViewpointId } from '../../../shared/lokaben/schema';
import { ViewpointReview, type LokabenReview } from './ViewpointReview';

/**
 * The four 非財務 viewpoints as guided questions (asked with the owner): question, what a good answer
 * touches on, and which plan sections the answer feeds.
 */
export function HizaimuEditor({ value, onChange, clientId, review }: { value: HizaimuAnswers; onChange: (h: HizaimuAnswers) => void; clientId: string; review: LokabenReview }) {
  const set = (v: ViewpointId, q: string, text: string) => onChange({ ...value, [v]: { ...value[v], [q]: text } });
  return (
    <div className="lokaben-hizaimu">
      {VIEWPOINTS.map((v, vi) => {
        const answered = v.questions.filter((q) => (value[v.id][q.id] ?? '').trim() !== '').length;
        return (
          <section key={v.id} className="card" aria-labelledby={`vp-${v.id}`}>
            <h3 id={`vp-${v.id}`}>
              ({vi + 1}) {v.title}
              <span className="tag">
                {answered}／{v.questions.length} 記入
              </span>
            </h3>
            <p className="muted small">{v.focus}</p>
            <ViewpointReview clientId={clientId} viewpoint={v.id} review={review} />
            {v.questions.map((q) => {
              const id = `q-${v.id}-${q.id}`;
              return (
                <div key={q.id} className="lokaben-question">
                  <label htmlFor={id}>{q.text}</label>
                  <div className="muted small">
                    {q.hint}
                    {q.feeds.map((f) => (
                      <span key={f} className="tag" title="この回答を使う計画書の項目">
                        → {PLAN_SECTIONS[f]}
                      </span>
                    ))}
                  </div>
                  <textarea id={id} rows={3} maxLength={4000} value={value[v.id][q.id] ?? ''} onChange={(e) => set(v.id, q.id, e.target.value)} />
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
