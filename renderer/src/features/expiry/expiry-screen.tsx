export function ExpiryScreen() {
  return <p>TODO</p>;
}
