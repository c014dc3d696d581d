// Placeholder options page until [controls] lands.
export function Options() {
  return (
    <main>
      <h1>Clearfolio options</h1>
    </main>
  );
}
