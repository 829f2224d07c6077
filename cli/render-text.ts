import { REGION_LABELS, OFFICE_ROLE_LABELS, type TermKind } from '../shared/domain/vocabulary';
import type { CheckReport } from '../shared/rules/check-workspace';
import type { RulesContext } from '../shared/rules/context';
import type { CyclePlan } from '../shared/rules/cycle-plan';
import { standingReason } from '../shared/rules/cycle-summary';
import { eligibilityToStand } from '../shared/rules/eligibility';
import type { Finding } from '../shared/rules/findings';
import type { ExpiringReport, Roster, RosterCounts } from '../shared/rules/roster';
import { plural } from '../shared/rules/terms';
import { keyValues, table, wrap } from './text-layout';

const WIDTH = 100;

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

export function renderCheck(report: CheckReport, file: string): string {
  const { error, warning, info } = report.counts;
  const lines = [
    `Tenure check of ${file} as of ${report.asOf}`,
    `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info`,
    '',
  ];
  if (report.findings.length === 0) lines.push('No findings: the records keep every rule checked.');
  const indent = ' '.repeat(9);
  for (const f of report.findings) {
    const rule = f.rule ? ` (${f.rule})` : '';
    lines.push(
      `${SEVERITY_LABEL[f.severity].padEnd(8)} ${f.code}${rule}  ·  ${f.committeeId}  ·  ${f.refs.join(', ')}`,
    );
    lines.push(`${indent}${wrap(f.message, WIDTH - indent.length, indent)}`);
  }
  return lines.join('\n');
}

export function renderPlan(plan: CyclePlan, ctx: RulesContext): string {
  const committee = ctx.committee(plan.committeeId);
  const who = (ids: string[]) => ids.map((id) => `${ctx.nameOf(id)} (${id})`);
  const declared =
    plan.declaredVacancies === null
      ? 'computed from the seat ledger (R-05)'
      : plan.declaredVacancies === plan.computedVacancies
        ? 'declared, matching the seat ledger (R-05)'
        : `declared; the seat ledger gives ${plan.computedVacancies} (R-05)`;
  const out = [
    `Election cycle ${plan.cycle} · ${committee.name} (${committee.id})`,
    `Rule set ${plan.ruleSet} · term boundary ${plan.boundary}`,
    '',
    keyValues([
      ['Places to fill', `${plan.vacancies}   ${declared}`],
      ['Terms ending at the boundary', String(plan.expiring.length)],
      ['  may stand again', String(plan.eligibleForRenomination.length)],
      ['  term-limited', String(plan.termLimited.length)],
      ['Continuing members', String(plan.continuing.length)],
      ['Casual vacancies', `${plan.casualVacancies}   seats of the continuing cohort left empty`],
      ['Co-option capacity', String(plan.coOptionCapacity)],
      ['Officer electorate', `${plan.officerElectorate.length}   continuing and newly elected members (R-35)`],
    ]),
  ];
  const section = (title: string, rows: string[][]) => {
    if (rows.length === 0) return;
    out.push(
      '',
      `${title} (${rows.length})`,
      table([{ header: 'Id' }, { header: 'Name' }, { header: 'Why' }], rows, '  '),
    );
  };
  const reason = (id: string) => [
    id,
    ctx.nameOf(id),
    standingReason(eligibilityToStand(ctx, plan.committeeId, id, plan.cycle)),
  ];
  section('May stand again', plan.eligibleForRenomination.map(reason));
  section('Term-limited', plan.termLimited.map(reason));
  section(
    'Continuing',
    plan.continuing.map((id) => {
      const term = ctx
        .memberTerms(plan.committeeId, id)
        .find((t) => t.start < plan.boundary && plan.boundary < (t.endedOn ?? t.end));
      return [id, ctx.nameOf(id), term ? `term until ${term.endedOn ?? term.end}` : ''];
    }),
  );
  if (plan.officerElectorate.length > 0) {
    out.push(
      '',
      `Officer electorate (${plan.officerElectorate.length})`,
      `  ${wrap(who(plan.officerElectorate).join(', '), WIDTH - 2, '  ')}`,
    );
  }
  return out.join('\n');
}

const KIND_LABEL: Record<TermKind, string> = {
  elected: 'elected',
  casual: 'casual vacancy',
  coopted: 'co-opted',
  corresponding: 'corresponding',
  'ex-officio': 'ex officio',
};

export function renderRoster(roster: Roster, counts: RosterCounts, ctx: RulesContext): string {
  const committee = ctx.committee(roster.committeeId);
  const header = [
    `${committee.name} (${committee.id}) · members on ${roster.asOf}: ${roster.members.length}`,
    `Elected seats ${counts.electedSeats.used}/${counts.electedSeats.max} (${plural(counts.electedSeats.vacant, 'vacancy', 'vacancies')}) · co-opted ${counts.coopted.used}/${counts.coopted.max} · corresponding ${counts.corresponding} · ex officio ${counts.exOfficio}`,
    '',
  ];
  if (roster.members.length === 0) return [...header, 'Nobody holds a term on this date.'].join('\n');
  const rows = roster.members.map((m) => [
    m.name,
    m.personId,
    KIND_LABEL[m.kind],
    `${m.start} → ${m.endedOn ?? m.end}`,
    m.counts ? `${m.termNumber} of ${m.maxTerms}` : 'not counted',
    m.offices.map((o) => OFFICE_ROLE_LABELS[o.role]).join(', '),
    m.region ? REGION_LABELS[m.region] : (m.country ?? ''),
  ]);
  return [
    ...header,
    table(
      [
        { header: 'Name' },
        { header: 'Id' },
        { header: 'Kind' },
        { header: 'Term' },
        { header: 'Term no.' },
        { header: 'Offices' },
        { header: 'Region' },
      ],
      rows,
    ),
  ].join('\n');
}

export function renderExpiring(report: ExpiringReport): string {
  const title = `Terms and offices ending between ${report.asOf} and ${report.until} (${plural(report.months, 'month')}): ${report.items.length}`;
  if (report.items.length === 0) return `${title}\n\nNothing ends in this window.`;
  const rows = report.items.map((item) => [
    item.endsOn,
    `${item.name} (${item.personId})`,
    item.type === 'term'
      ? `${KIND_LABEL[item.kind as TermKind]} term`
      : OFFICE_ROLE_LABELS[item.role as keyof typeof OFFICE_ROLE_LABELS],
    item.committeeId,
    item.start,
  ]);
  return [
    title,
    '',
    table(
      [{ header: 'Ends on' }, { header: 'Who' }, { header: 'What' }, { header: 'Committee' }, { header: 'Since' }],
      rows,
    ),
  ].join('\n');
}
