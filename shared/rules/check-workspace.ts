import type { IsoDate } from '../domain/dates';
import type { Workspace } from '../workspace/schema';
import { checkConsent, checkElections } from './checks/elections';
import { checkCooptions } from './checks/cooptions';
import { checkOfficeHoldersAreMembers, checkOfficerLimits, checkOfficerVoters } from './checks/officers';
import { checkSeatCaps } from './checks/seat-caps';
import { checkStateOn } from './checks/state';
import { checkCorrespondingMembers, checkTermDates, checkTermLimits } from './checks/term-records';
import { createRulesContext, type RulesContext } from './context';
import { compareFindings, countBySeverity, type Finding, type Severity } from './findings';

export type CheckReport = { asOf: IsoDate; findings: Finding[]; counts: Record<Severity, number> };

/**
 * Every finding for a workspace (interchange-v1 §4). The state checks look at `asOf`; all other
 * codes are checked over the whole file, history and plans alike. Pure: the caller passes the date.
 */
export function checkWorkspace(workspace: Workspace, asOf: IsoDate): CheckReport {
  return checkInContext(createRulesContext(workspace), asOf);
}

export function checkInContext(ctx: RulesContext, asOf: IsoDate): CheckReport {
  const findings = [
    checkSeatCaps(ctx),
    checkTermDates(ctx),
    checkTermLimits(ctx),
    checkCorrespondingMembers(ctx),
    checkCooptions(ctx),
    checkOfficeHoldersAreMembers(ctx),
    checkOfficerLimits(ctx),
    checkOfficerVoters(ctx),
    checkElections(ctx),
    checkConsent(ctx, asOf),
    checkStateOn(ctx, asOf),
  ]
    .flat()
    .sort(compareFindings);
  return { asOf, findings, counts: countBySeverity(findings) };
}
