import type { ElectionStepProps } from './elections-screen';

export function NominationsPanel(props: ElectionStepProps) {
  return <p>Building: {props.cycle}</p>;
}
