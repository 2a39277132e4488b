import './linkField.css';

/**
 * A link shown whole, read-only, selected on focus: what a reader copies by hand when the clipboard
 * was refused, and can check before sending (Copy link, a story's link).
 */
export function LinkField({ label, link }: { label: string; link: string }) {
  return (
    <label className="link-field">
      {label}
      <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
    </label>
  );
}
