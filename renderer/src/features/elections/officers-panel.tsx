import type { ElectionStepProps } from './elections-screen';

export function OfficersPanel(props: ElectionStepProps) {
  return <p>Building: {props.cycle}</p>;
}
