import type { ElectionStepProps } from './elections-screen';

export function WhatIfPanel(props: ElectionStepProps) {
  return <p>Building: {props.cycle}</p>;
}
