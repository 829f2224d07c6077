import type { IsoDate } from '../shared/domain/dates';
import { checkInContext } from '../shared/rules/check-workspace';
import { createRulesContext, type RulesContext } from '../shared/rules/context';
import { planCycleInContext } from '../shared/rules/cycle-plan';
import { expiringInContext, rosterCounts, rosterInContext } from '../shared/rules/roster';
import { parseWorkspaceText } from '../shared/workspace/parse';
import { InputError, dateOption, inputError, integerOption, parseCommandArgs, requiredString } from './arguments';
import { runExport } from './export-command';
import { renderCheck, renderExpiring, renderPlan, renderRoster, translator } from './render-text';
import type { SharedLocale } from '../shared/i18n/translate';

export type CommandEnv = {
  readFile(path: string): Promise<string>;
  today(): IsoDate;
  /** The language of the text output (JSON stays language-neutral); English when absent. */
  locale?: SharedLocale;
};
export type CommandResult = { exitCode: number; json: unknown; text: string };

async function loadWorkspace(env: CommandEnv, file: string): Promise<RulesContext> {
  let text: string;
  try {
    text = await env.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    throw inputError('FILE', `cannot read ${JSON.stringify(file)}: ${why}`);
  }
  const result = parseWorkspaceText(text);
  if (!result.ok) throw new InputError(result.errors, { id: 'cli.error.badWorkspace', values: { file } });
  return createRulesContext(result.workspace);
}

function committeeOption(ctx: RulesContext, id: string): string {
  if (!ctx.committees.has(id)) {
    const known = [...ctx.committees.keys()].join(', ') || 'none';
    throw inputError('--committee', `no committee with id ${JSON.stringify(id)} (the file has: ${known})`);
  }
  return id;
}

export async function checkCommand(args: string[], env: CommandEnv): Promise<CommandResult> {
  const { positionals, values } = parseCommandArgs(args, { 'as-of': { type: 'string' }, json: { type: 'boolean' } }, [
    'FILE',
  ]);
  const asOf = dateOption(values, 'as-of', env.today());
  const file = positionals[0] as string;
  const ctx = await loadWorkspace(env, file);
  const report = checkInContext(ctx, asOf);
  return {
    exitCode: report.counts.error > 0 ? 1 : 0,
    json: report,
    text: renderCheck(report, file, translator(env.locale ?? 'en')),
  };
}

export async function planCommand(args: string[], env: CommandEnv): Promise<CommandResult> {
  const { positionals, values } = parseCommandArgs(
    args,
    { committee: { type: 'string' }, cycle: { type: 'string' }, json: { type: 'boolean' } },
    ['FILE'],
  );
  const committeeId = requiredString(values, 'committee');
  const cycle = integerOption(values, 'cycle', { min: 1000 });
  if (cycle % 2 === 0) throw inputError('--cycle', `${cycle} is an even year; election cycles are odd years`);
  const ctx = await loadWorkspace(env, positionals[0] as string);
  const plan = planCycleInContext(ctx, committeeOption(ctx, committeeId), cycle);
  return { exitCode: 0, json: plan, text: renderPlan(plan, ctx, translator(env.locale ?? 'en')) };
}

export async function rosterCommand(args: string[], env: CommandEnv): Promise<CommandResult> {
  const { positionals, values } = parseCommandArgs(
    args,
    { committee: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
    ['FILE'],
  );
  const committeeId = requiredString(values, 'committee');
  const asOf = dateOption(values, 'as-of', env.today());
  const ctx = await loadWorkspace(env, positionals[0] as string);
  const roster = rosterInContext(ctx, committeeOption(ctx, committeeId), asOf);
  const counts = rosterCounts(ctx, roster);
  return {
    exitCode: 0,
    json: { ...roster, counts },
    text: renderRoster(roster, counts, ctx, translator(env.locale ?? 'en')),
  };
}

export async function expiringCommand(args: string[], env: CommandEnv): Promise<CommandResult> {
  const { positionals, values } = parseCommandArgs(
    args,
    {
      'as-of': { type: 'string' },
      months: { type: 'string' },
      committee: { type: 'string' },
      json: { type: 'boolean' },
    },
    ['FILE'],
  );
  const asOf = dateOption(values, 'as-of', env.today());
  const months = integerOption(values, 'months', { min: 1, fallback: 12 });
  const ctx = await loadWorkspace(env, positionals[0] as string);
  const committeeId = typeof values.committee === 'string' ? committeeOption(ctx, values.committee) : undefined;
  const report = expiringInContext(ctx, asOf, months, committeeId);
  return { exitCode: 0, json: report, text: renderExpiring(report, translator(env.locale ?? 'en')) };
}

/** `export nominations|roster|expiring|calendar`: see export-command.ts. */
export async function exportCommand(args: string[], env: CommandEnv): Promise<CommandResult> {
  return runExport(args, {
    today: env.today,
    locale: env.locale,
    loadWorkspace: (file) => loadWorkspace(env, file),
    committeeOption,
  });
}
