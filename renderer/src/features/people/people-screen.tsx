export function PeopleScreen() {
  return <p>TODO</p>;
}
