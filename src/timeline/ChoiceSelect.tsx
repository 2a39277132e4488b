/**
 * A labelled select over a closed list of values. The browser hands back text; only a value of the
 * list reaches `onChange`, so a tampered option can never put an unknown value in the store.
 */
export function ChoiceSelect<V extends string | number>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  label: string;
  value: V;
  options: readonly V[];
  optionLabel: (value: V) => string;
  onChange: (value: V) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => String(o) === e.currentTarget.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
