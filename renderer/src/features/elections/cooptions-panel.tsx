import type { ElectionStepProps } from './elections-screen';

export function CooptionsPanel(props: ElectionStepProps) {
  return <p>Building: {props.cycle}</p>;
}
