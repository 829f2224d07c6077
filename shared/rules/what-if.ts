import type { IsoDate } from '../domain/dates';
import type { Workspace } from '../workspace/schema';
import { checkWorkspace } from './check-workspace';
import type { Finding } from './findings';

/** Identifies a finding across two versions of a workspace (messages may change with the data). */
export function findingKey(finding: Pick<Finding, 'code' | 'refs' | 'committeeId'>): string {
  return `${finding.committeeId}|${finding.code}|${[...finding.refs].sort().join(',')}`;
}

/** The findings a proposed change would add: what a form shows before it saves. */
export function findingsIntroduced(before: Workspace, after: Workspace, asOf: IsoDate): Finding[] {
  const existing = new Set(checkWorkspace(before, asOf).findings.map(findingKey));
  return checkWorkspace(after, asOf).findings.filter((f) => !existing.has(findingKey(f)));
}
