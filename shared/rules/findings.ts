import { translate, type MessageRef, type MessageValues } from '../i18n/translate';

/**
 * Finding codes, their default severities and rules, exactly as interchange-v1 §4 lists them.
 * A committee's parameters change the numbers behind a code, never the code.
 */
export type Severity = 'error' | 'warning' | 'info';
export type RuleId = `R-${string}`;

export const FINDING_CODES = {
  'seats.elected.max': { severity: 'error', rules: ['R-01'] },
  'seats.elected.min': { severity: 'warning', rules: ['R-01'] },
  'seats.coopted.max': { severity: 'error', rules: ['R-24'] },
  'seats.corresponding.max': { severity: 'error', rules: ['R-31'] },
  'corresponding.discontinued': { severity: 'error', rules: ['R-33'] },
  'corresponding.term-limit': { severity: 'error', rules: ['R-31'] },
  'term.limit': { severity: 'error', rules: ['R-08', 'R-09'] },
  'term.overlap': { severity: 'error', rules: [] },
  'term.dates': { severity: 'error', rules: [] },
  'term.length': { severity: 'warning', rules: ['R-03'] },
  'coopt.unapproved': { severity: 'warning', rules: ['R-25'] },
  'coopt.after-failed-reelection': { severity: 'error', rules: ['R-28'] },
  'coopt.term-too-long': { severity: 'error', rules: ['R-26'] },
  'coopt.renewal': { severity: 'error', rules: ['R-29'] },
  'officer.not-member': { severity: 'error', rules: ['R-35', 'R-39'] },
  'officer.term-limit': { severity: 'error', rules: ['R-38'] },
  'officer.voter-ineligible': { severity: 'error', rules: ['R-35'] },
  'election.parity': { severity: 'error', rules: ['R-02'] },
  'election.over-filled': { severity: 'error', rules: ['R-13', 'R-14'] },
  'election.not-top-n': { severity: 'error', rules: ['R-14'] },
  'election.tie': { severity: 'error', rules: ['R-16'] },
  'election.vacancies-mismatch': { severity: 'warning', rules: ['R-05'] },
  'nomination.term-limited': { severity: 'error', rules: ['R-08', 'R-12'] },
  'nomination.no-consent': { severity: 'warning', rules: ['R-12'] },
  'member.inactive': { severity: 'warning', rules: ['R-23'] },
  'diversity.regions-missing': { severity: 'info', rules: ['R-45'] },
} as const satisfies Record<string, { severity: Severity; rules: readonly RuleId[] }>;

export type FindingCode = keyof typeof FINDING_CODES;

export type Finding = {
  code: FindingCode;
  severity: Severity;
  /** The rule the finding cites (`R-08`); null for the record-integrity codes `term.overlap` and `term.dates`. */
  rule: RuleId | null;
  /** Every rule behind the code, the cited one first. */
  rules: RuleId[];
  committeeId: string;
  personId?: string;
  /** The records involved, as `<array>/<id>`, sorted. */
  refs: string[];
  /** The sentence in English (the contract's language-neutral JSON keeps English). */
  message: string;
  /** The sentence as a message id and language-neutral values, for readers in other languages. */
  messageId: string;
  values: MessageValues;
};

export type FindingInput = {
  committeeId: string;
  personId?: string | undefined;
  refs: string[];
  text: MessageRef;
  severity?: Severity;
};

export function finding(code: FindingCode, input: FindingInput): Finding {
  const spec = FINDING_CODES[code];
  const rules: RuleId[] = [...spec.rules];
  const result: Finding = {
    code,
    severity: input.severity ?? spec.severity,
    rule: rules[0] ?? null,
    rules,
    committeeId: input.committeeId,
    refs: [...new Set(input.refs)].sort(),
    message: translate('en', input.text),
    messageId: input.text.id,
    values: input.text.values ?? {},
  };
  if (input.personId !== undefined) result.personId = input.personId;
  return result;
}

export const ref = {
  term: (id: string) => `terms/${id}`,
  office: (id: string) => `offices/${id}`,
  election: (id: string) => `elections/${id}`,
  meeting: (id: string) => `meetings/${id}`,
  committee: (id: string) => `committees/${id}`,
  person: (id: string) => `people/${id}`,
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRefs(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareText(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Severity (error, warning, info), then code, then refs (interchange-v1 §4), then the rest for stability. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.code, b.code) ||
    compareRefs(a.refs, b.refs) ||
    compareText(a.committeeId, b.committeeId) ||
    compareText(a.personId ?? '', b.personId ?? '') ||
    compareText(a.message, b.message)
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
