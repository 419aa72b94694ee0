interface LanguageSelectProps<Id extends string> {
  id: string;
  value: Id;
  languages: ReadonlyArray<{ id: Id; label: string }>;
  onChange: (id: Id) => void;
}

/** The "Language" select of an API tab: the chat and the media tab each offer their own languages. */
export function LanguageSelect<Id extends string>({
  id,
  value,
  languages,
  onChange,
}: LanguageSelectProps<Id>) {
  return (
    <label htmlFor={id} className="flex items-center gap-2">
      <span className="font-medium text-slate-700">Language</span>
      <select
        id={id}
        value={value}
        // The options are exactly `languages`, so the chosen value is one of their ids.
        onChange={(e) => onChange(e.target.value as Id)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
      >
        {languages.map((l) => (
          <option key={l.id} value={l.id}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}
