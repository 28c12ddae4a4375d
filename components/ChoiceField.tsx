/** A labelled drop-down over a table of choices, each a value and the words that name it. */
export interface ChoiceFieldProps<V extends string> {
  label: string;
  value: V;
  choices: ReadonlyArray<readonly [value: V, label: string]>;
  onChange(value: NoInfer<V>): void;
}

export function ChoiceField<V extends string>({ label, value, choices, onChange }: ChoiceFieldProps<V>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        {choices.map(([choice, words]) => (
          <option key={choice} value={choice}>
            {words}
          </option>
        ))}
      </select>
    </label>
  );
}
