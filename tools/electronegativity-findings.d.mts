export type Finding = {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
};
export type Justification = { issue: string; file: string; why: string };
export function parseFindingsCsv(text: string): Finding[];
export function parseJustifications(markdown: string): Justification[];
export function atLeastMedium(finding: Finding): boolean;
export function unjustified(findings: readonly Finding[], justifications: readonly Justification[]): Finding[];
