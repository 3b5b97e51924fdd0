import { fieldDomId } from './SectionEditor';

/** Focuses a field after the section has rendered (used when a finding is clicked). */
export function focusField(sectionId: string, fieldId: string, tries = 10): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(fieldDomId(sectionId, fieldId)) ?? document.querySelector(`[data-field="${CSS.escape(fieldId)}"]`);
    if (!el) {
      if (tries > 0) focusField(sectionId, fieldId, tries - 1);
      return;
    }
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const target = el.matches('input, textarea, select') ? el : el.querySelector('input, textarea, select, button');
    if (target instanceof HTMLElement) target.focus({ preventScroll: true });
    el.classList.add('flash');
    setTimeout(() => el.classList.remove('flash'), 1200);
  });
}
