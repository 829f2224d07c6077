export function PersonScreen({ personId }: { personId: string }) {
  return <p>TODO {personId}</p>;
}
