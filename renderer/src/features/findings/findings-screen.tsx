export function FindingsScreen() {
  return <p>TODO</p>;
}
