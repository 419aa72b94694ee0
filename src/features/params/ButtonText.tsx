// A short visible button text with a complete accessible name ("Reset" shown, "Reset temperature" announced).
// The name lives in text content rather than aria-label so label-based queries for a field ("temperature")
// never match its buttons.

export function ButtonText({ visible, name }: { visible: string; name: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="sr-only">{name}</span>
    </>
  );
}
