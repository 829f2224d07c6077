export function CommitteesScreen() {
  return <p>TODO</p>;
}
