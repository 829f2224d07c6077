export function HistoryScreen() {
  return <p>TODO</p>;
}
