// The text ↔ number rules of the form's number fields. The inputs are native `<input type="number">`, whose value
// always uses "." whatever the locale, so unlike rjsf's NumberField these never look up the locale's decimal
// separator (an `Intl.NumberFormat` per field per render: ~2.5 ms of a 40-field model switch, npm run bench).

/** The number a typed text stands for, or the text itself while it cannot be one yet ("3.", "0.50", "-"):
 * those stay text so the input keeps what is being typed. "" is no value. */
export function numberOfText(text: string): number | string | undefined {
  const canonical = text.startsWith('.') ? `0${text}` : text;
  // A trailing "." or trailing zeros after the point ("3.", "3.50") do not change the number: drop them.
  const trimmed = /\.(\d*0)*$/.test(canonical) ? canonical.replace(/[0.]0*$/, '') : canonical;
  if (trimmed === '') return undefined;
  // Still text after trimming ("1.0e", "-"): not a number yet.
  if (/\.$|\.\d*0$/.test(trimmed)) return trimmed;
  const n = Number(trimmed);
  return Number.isNaN(n) ? trimmed : n;
}

/** What the input shows for `value`: the text last typed when it stands for that same value ("3." or "3.50"
 * for 3.5 while typing), otherwise the value itself. */
export function shownNumber(value: unknown, lastTyped: unknown): unknown {
  if (typeof lastTyped !== 'string' || typeof value !== 'number') return value;
  const escaped = String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(${escaped})?\\.?0*$`).test(lastTyped) ? lastTyped : value;
}
