import type { ElectionStepProps } from './elections-screen';

export function ResultsPanel(props: ElectionStepProps) {
  return <p>Building: {props.cycle}</p>;
}
