/** A labelled choice among a fixed list of values (claim types, entity types, stances) in the review forms. */
interface Props<T extends string> {
  label: string;
  value: T | undefined;
  options: readonly T[];
  onChange: (value: T) => void;
  /** What the list says when there is nothing to choose (otherwise empty lists show nothing). */
  none?: string;
}

export function ChoiceField<T extends string>({ label, value, options, onChange, none }: Props<T>) {
  return (
    <label>
      {label}{" "}
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value as T)}>
        {none !== undefined && options.length === 0 && <option value="">{none}</option>}
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </label>
  );
}
