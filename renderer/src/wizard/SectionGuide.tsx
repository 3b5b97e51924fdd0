import type { Section } from '../../../shared/templates/schema';

/** What reviewers look for, questions to ask the owner, a good example and common mistakes. */
export function SectionGuide({ section }: { section: Section }) {
  if (!section.guidance && section.questions.length === 0 && !section.example) return null;
  return (
    <div className="guide">
      {section.guidance && (
        <details open>
          <summary>審査で見られる点</summary>
          <p className="prewrap">{section.guidance}</p>
        </details>
      )}
      {section.questions.length > 0 && (
        <details>
          <summary>事業者へのヒアリング質問（{section.questions.length}）</summary>
          <ul>{section.questions.map((q) => <li key={q}>{q}</li>)}</ul>
        </details>
      )}
      {section.example && (
        <details>
          <summary>記載例</summary>
          <p className="prewrap example">{section.example}</p>
        </details>
      )}
      {section.mistakes.length > 0 && (
        <details>
          <summary>よくある減点</summary>
          <ul>{section.mistakes.map((m) => <li key={m}>{m}</li>)}</ul>
        </details>
      )}
    </div>
  );
}
