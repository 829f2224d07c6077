import { translate, type MessageValues, type SharedLocale } from '../shared/i18n/translate';
import type { CheckReport } from '../shared/rules/check-workspace';
import type { RulesContext } from '../shared/rules/context';
import type { CyclePlan } from '../shared/rules/cycle-plan';
import { eligibilityToStand } from '../shared/rules/eligibility';
import type { ExpiringReport, Roster, RosterCounts } from '../shared/rules/roster';
import { keyValues, table, wrap } from './text-layout';

const WIDTH = 100;

/** A message of the shared catalogue in the terminal's language. */
export type Translate = (id: string, values?: MessageValues) => string;

export function translator(locale: SharedLocale): Translate {
  return (id, values) => translate(locale, values ? { id, values } : { id });
}

const EN = translator('en');

export function renderCheck(report: CheckReport, file: string, t: Translate = EN): string {
  const { error, warning, info } = report.counts;
  const lines = [
    t('cli.check.title', { file, date: report.asOf }),
    t('cli.check.counts', { errors: error, warnings: warning, info }),
    '',
  ];
  if (report.findings.length === 0) lines.push(t('cli.check.none'));
  const indent = ' '.repeat(9);
  for (const f of report.findings) {
    const rule = f.rule ? ` (${f.rule})` : '';
    lines.push(
      `${t(`cli.severity.${f.severity}`).padEnd(8)} ${f.code}${rule}  ·  ${f.committeeId}  ·  ${f.refs.join(', ')}`,
    );
    const sentence = t(f.messageId, f.values);
    lines.push(`${indent}${wrap(sentence, WIDTH - indent.length, indent)}`);
  }
  return lines.join('\n');
}

export function renderPlan(plan: CyclePlan, ctx: RulesContext, t: Translate = EN): string {
  const committee = ctx.committee(plan.committeeId);
  const who = (ids: string[]) => ids.map((id) => `${ctx.nameOf(id)} (${id})`);
  const declared =
    plan.declaredVacancies === null
      ? t('cli.plan.declared.computed')
      : plan.declaredVacancies === plan.computedVacancies
        ? t('cli.plan.declared.matching')
        : t('cli.plan.declared.differs', { computed: plan.computedVacancies });
  const out = [
    t('cli.plan.title', { cycle: plan.cycle, committee: committee.name, id: committee.id }),
    t('cli.plan.subtitle', { ruleSet: plan.ruleSet, boundary: plan.boundary }),
    '',
    keyValues([
      [t('cli.plan.places'), `${plan.vacancies}   ${declared}`],
      [t('cli.plan.ending'), String(plan.expiring.length)],
      [t('cli.plan.endingMayStand'), String(plan.eligibleForRenomination.length)],
      [t('cli.plan.endingLimited'), String(plan.termLimited.length)],
      [t('cli.plan.continuing'), String(plan.continuing.length)],
      [t('cli.plan.casual'), `${plan.casualVacancies}   ${t('cli.plan.casualNote')}`],
      [t('cli.plan.cooption'), String(plan.coOptionCapacity)],
      [t('cli.plan.electorate'), `${plan.officerElectorate.length}   ${t('cli.plan.electorateNote')}`],
    ]),
  ];
  const section = (title: string, rows: string[][]) => {
    if (rows.length === 0) return;
    out.push(
      '',
      `${title} (${rows.length})`,
      table(
        [
          { header: t('cli.plan.column.id') },
          { header: t('cli.plan.column.name') },
          { header: t('cli.plan.column.why') },
        ],
        rows,
        '  ',
      ),
    );
  };
  const reason = (id: string) => {
    const e = eligibilityToStand(ctx, plan.committeeId, id, plan.cycle);
    const why = e.eligible
      ? t('cli.plan.reason.eligible', { number: e.prospectiveTermNumber, max: e.maxTerms })
      : t('cli.plan.reason.limited', {
          count: e.chain.length,
          chain: { join: 'comma', items: e.chain },
          from: e.mayStandAgainFrom ?? '',
        });
    return [id, ctx.nameOf(id), why];
  };
  section(t('cli.plan.section.mayStand'), plan.eligibleForRenomination.map(reason));
  section(t('cli.plan.section.termLimited'), plan.termLimited.map(reason));
  section(
    t('cli.plan.section.continuing'),
    plan.continuing.map((id) => {
      const term = ctx
        .memberTerms(plan.committeeId, id)
        .find((x) => x.start < plan.boundary && plan.boundary < (x.endedOn ?? x.end));
      return [id, ctx.nameOf(id), term ? t('cli.plan.until', { date: term.endedOn ?? term.end }) : ''];
    }),
  );
  if (plan.officerElectorate.length > 0) {
    out.push(
      '',
      `${t('cli.plan.section.electorate')} (${plan.officerElectorate.length})`,
      `  ${wrap(who(plan.officerElectorate).join(', '), WIDTH - 2, '  ')}`,
    );
  }
  return out.join('\n');
}

export function renderRoster(roster: Roster, counts: RosterCounts, ctx: RulesContext, t: Translate = EN): string {
  const committee = ctx.committee(roster.committeeId);
  const header = [
    t('cli.roster.title', {
      committee: committee.name,
      id: committee.id,
      date: roster.asOf,
      count: roster.members.length,
    }),
    t('cli.roster.counts', {
      used: counts.electedSeats.used,
      max: counts.electedSeats.max,
      vacant: counts.electedSeats.vacant,
      coopted: counts.coopted.used,
      cooptedMax: counts.coopted.max,
      corresponding: counts.corresponding,
      exOfficio: counts.exOfficio,
    }),
    '',
  ];
  if (roster.members.length === 0) return [...header, t('cli.roster.none')].join('\n');
  const rows = roster.members.map((m) => [
    m.name,
    m.personId,
    t(`cli.roster.kind.${m.kind}`),
    `${m.start} → ${m.endedOn ?? m.end}`,
    m.counts ? t('cli.roster.termNumber', { number: m.termNumber, max: m.maxTerms }) : t('cli.roster.notCounted'),
    m.offices.map((o) => t(`role.${o.role}`)).join(', '),
    m.region ? t(`region.${m.region}`) : (m.country ?? ''),
  ]);
  const column = (name: string) => ({ header: t(`cli.roster.column.${name}`) });
  return [...header, table(['name', 'id', 'kind', 'term', 'number', 'offices', 'region'].map(column), rows)].join('\n');
}

export function renderExpiring(report: ExpiringReport, t: Translate = EN): string {
  const title = t('cli.expiring.title', {
    from: report.asOf,
    until: report.until,
    months: report.months,
    count: report.items.length,
  });
  if (report.items.length === 0) return `${title}\n\n${t('cli.expiring.none')}`;
  const rows = report.items.map((item) => [
    item.endsOn,
    `${item.name} (${item.personId})`,
    item.type === 'term' ? t(`cli.expiring.kind.${item.kind}`) : t(`role.${item.role}`),
    item.committeeId,
    item.start,
  ]);
  const column = (name: string) => ({ header: t(`cli.expiring.column.${name}`) });
  return [title, '', table(['endsOn', 'who', 'what', 'committee', 'since'].map(column), rows)].join('\n');
}
