import type { RuleId } from './findings';

/**
 * The rulebook text behind every finding, so a screen can show a secretary what the rule says,
 * when it applies, how sure we are of it and where it comes from. Taken from the team's IFLA
 * rulebook (ifla-rulebook.md §2); nothing here is new policy. Where the rulebook rests on the seed
 * minutes or on reasoning instead of an IFLA page, `sourceUrl` is null and `sourceNote` says so.
 */
export type ConfidenceLevel = 'HIGH' | 'MEDIUM' | 'LOW' | 'ASSUMPTION';

export type RulebookEntry = {
  id: RuleId;
  title: string;
  /** The era the rule applies to, as the rulebook labels it. */
  era: string;
  /** What the rule says, in plain language, following the rulebook's own wording. */
  summary: string;
  /** The headline confidence level. */
  confidence: ConfidenceLevel;
  /** The rulebook's qualification of that level, when it gives one. */
  confidenceNote?: string;
  /** The first IFLA page the rulebook cites for the rule, or null when it cites none. */
  sourceUrl: string | null;
  /** Where the rule comes from when that is not (only) an IFLA page: the seed minutes, a derivation. */
  sourceNote?: string;
};

const SEED_MINUTES = 'Seed minutes: IT Section Standing Committee mid-term meeting, March 2021.';

const ENTRIES: readonly RulebookEntry[] = [
  {
    id: 'R-01',
    title: 'Elected-seat range',
    era: 'All eras',
    summary:
      'A Section Standing Committee has no fewer than 10 and no more than 20 elected members. A 21st elected or casual-vacancy member at the same time is an error; fewer than 10 after the results are final or after a vacancy is a warning.',
    confidence: 'HIGH',
    sourceUrl: 'https://cf2-www.ifla.org/FR/node/93685',
  },
  {
    id: 'R-02',
    title: 'Two-year election cycle; staggered cohorts',
    era: 'All eras',
    summary:
      'Elections are held every two years, in odd years, so the seats fall into two interleaved 4-year cohorts. Before 2021 the call for nominations went out in the even year before the election; from 2021 it opens in the election year itself.',
    confidence: 'HIGH',
    sourceUrl: 'https://www.ifla.org/officers-corner/sc-nomination',
  },
  {
    id: 'R-03',
    title: 'Term length',
    era: 'All eras',
    summary:
      'An elected term lasts 4 years, from one term boundary (the end of the August congress of an odd year) to the boundary 4 years later. It is renewable once, but only by standing for election again.',
    confidence: 'HIGH',
    sourceUrl: 'https://www.ifla.org/professional-section-committee-member/',
  },
  {
    id: 'R-05',
    title: 'Vacancies for an election cycle',
    era: 'All eras',
    summary:
      'The places to fill in the election of cycle Y are the seats of the cohort whose terms end in Y. IFLA HQ announces the number, which can vary by Section. Empty seats of the continuing cohort are casual vacancies and are not part of that election.',
    confidence: 'MEDIUM',
    confidenceNote: 'The seat-ledger model is an inference that reconciles the numbers in the seed minutes.',
    sourceUrl: 'https://cf2-www.ifla.org/FR/node/93685',
    sourceNote: SEED_MINUTES,
  },
  {
    id: 'R-08',
    title: 'Two consecutive terms on the same committee (8 consecutive years)',
    era: 'All eras',
    summary:
      'A person may hold at most 2 consecutive countable terms on the same Section Standing Committee, at most 8 consecutive years. A 3rd consecutive term, as a candidate or by co-option, is not allowed; after a break the person may stand again.',
    confidence: 'HIGH',
    sourceUrl: 'https://origin-www.ifla.org/officers-corner/sc-members',
  },
  {
    id: 'R-09',
    title: 'What counts as a term',
    era: 'Depends on the era of the term’s start',
    summary:
      'Whether a term counts toward the limit is decided by the rules in force when it starts. An elected term always counts. Before 2021 a casual-vacancy fill of any length counts as a term. From 2021 a co-option at the start of a term counts; a co-option to fill a mid-term vacancy does not. Corresponding terms have their own count and SIG Convenor ex officio terms never count. Terms are consecutive when the gap between them is shorter than one election cycle (2 years).',
    confidence: 'HIGH',
    confidenceNote: 'HIGH for which terms count; the 2-year gap that makes terms consecutive is an ASSUMPTION.',
    sourceUrl: 'https://www.ifla.org/node/9685',
    sourceNote: 'The rulebook cites the sources of R-21 and R-27.',
  },
  {
    id: 'R-12',
    title: 'Who can stand',
    era: 'All eras',
    summary:
      'Anyone may stand; candidates do not have to be IFLA Members or Affiliates. A signed Nominee Consent Form is required by the close of nominations, and the candidate must not be term-limited (R-08).',
    confidence: 'HIGH',
    sourceUrl: 'https://www.ifla.org/professional-section-committee-member/',
  },
  {
    id: 'R-13',
    title: 'Candidates not more than vacancies: no ballot, all eligible candidates elected',
    era: 'All eras',
    summary:
      'When there are no more eligible candidates than places, no ballot is held and every candidate is elected unopposed. Places left empty are available places; from 2021 they may be filled by co-option at the start of the term.',
    confidence: 'HIGH',
    sourceUrl: 'https://www.ifla.org/frequently-asked-questions-faqs/',
  },
  {
    id: 'R-14',
    title: 'Candidates more than vacancies: ballot, the top N by votes are elected',
    era: 'All eras',
    summary:
      'A ballot is held (by post before 2021, electronically from 2021). The candidates with the most votes fill the places; the others are not elected and keep their ranking as a reserve list. More elected candidates than places, or an elected candidate with fewer votes than one not elected, is an error.',
    confidence: 'HIGH',
    confidenceNote: 'The top-N-by-votes method is implied by IFLA’s pages, not quoted.',
    sourceUrl: 'https://cf3-www.ifla.org/node/11260',
  },
  {
    id: 'R-16',
    title: 'Tie at the cut-off',
    era: 'All eras',
    summary:
      'No tie rule specific to Sections was found. Candidates tied for the last place must not be elected automatically: the election waits until the tie is settled by a run-off, a withdrawal or a decision of IFLA HQ, and that settlement is recorded.',
    confidence: 'LOW',
    confidenceNote: 'LOW for Standing Committees: only precedents from other IFLA elections (open question OQ-7).',
    sourceUrl:
      'https://www.ifla.org/news/change-to-the-agenda-for-the-ifla-general-assembly-thursday-29-august-2019-athens/',
  },
  {
    id: 'R-23',
    title: 'Inactive members',
    era: 'Pre-2021 (rule R18.26)',
    summary:
      'The Chair writes to an inactive member, quoting the rules and setting a deadline. If there is no response, the committee treats the member as having resigned, which creates a casual vacancy. Virtual meetings count as meetings. A member is flagged after 2 meetings missed without explanation.',
    confidence: 'MEDIUM',
    confidenceNote: 'MEDIUM for the procedure; LOW for the threshold of 2 missed meetings, which is unverified (OQ-9).',
    sourceUrl: 'https://www.ifla.org/node/10265',
  },
  {
    id: 'R-24',
    title: 'At most 5 co-opted members at a time',
    era: '2021 onwards',
    summary:
      'Once the elected seats are settled, the committee may co-opt up to 5 people at a time, for regional diversity or representation, for expertise, to fill available places or to fill a mid-term vacancy. The co-opted members are read as being in addition to the 20 elected seats. There is no co-option under the pre-2021 rules.',
    confidence: 'LOW',
    confidenceNote: 'LOW / SEED for the number 5; MEDIUM for co-option as such.',
    sourceUrl: 'https://www.ifla.org/news/call-for-nominations-mcultp-section-standing-committee/',
    sourceNote: SEED_MINUTES,
  },
  {
    id: 'R-25',
    title: 'Approval of co-options',
    era: '2021 onwards',
    summary:
      'In 2021–22 the Standing Committee Chair proposes a co-option and the Division Chair approves it; from the 2023 cycle IFLA ran a central call through the Professional Council. An approved co-option must record who approved it, in what role, and on what date.',
    confidence: 'LOW',
    confidenceNote: 'LOW / SEED for 2021; MEDIUM for 2023 (open question OQ-2).',
    sourceUrl: 'https://www.ifla.org/news/call-for-co-opted-members-professional-units/',
    sourceNote: SEED_MINUTES,
  },
  {
    id: 'R-26',
    title: 'Length of a co-opted term',
    era: '2021 onwards (changed in 2023)',
    summary:
      'In 2021–22 a co-opted member serves until the next election cycle and must stand for election to continue. From 2023 a co-opted member serves a full term of up to 4 years; any further term comes only through election.',
    confidence: 'MEDIUM',
    sourceUrl: 'https://www.ifla.org/news/call-for-nominations-mcultp-section-standing-committee/',
  },
  {
    id: 'R-28',
    title: 'No co-option after losing a bid for a second term',
    era: '2021 onwards',
    summary:
      'Someone who stood for re-election for a second term and was not elected may not be co-opted to the same committee to serve that second term. This does not apply to first-time candidates who lost, nor to co-option onto a different Section.',
    confidence: 'MEDIUM',
    confidenceNote: 'Whether it still applies after 2023 is an open question (OQ-3).',
    sourceUrl: 'https://www.ifla.org/news/call-for-nominations-mcultp-section-standing-committee/',
  },
  {
    id: 'R-29',
    title: 'Co-opted members continue only by election',
    era: '2023 onwards',
    summary:
      'A co-opted member who wants another term must go through nominations and election. Co-opting the same person again for the term that directly follows is not allowed.',
    confidence: 'MEDIUM',
    sourceUrl: 'https://www.ifla.org/news/call-for-co-opted-members-professional-units/',
  },
  {
    id: 'R-31',
    title: 'Up to 5 Corresponding Members',
    era: 'Pre-2021',
    summary:
      'A committee may have up to 5 Corresponding Members, appointed by the committee for 2 years and renewable once for 2 more years on the decision of the Section Chair. They have no vote and do not count for the quorum, but may speak if present. Filling a vacancy counts as their first term.',
    confidence: 'HIGH',
    sourceUrl: 'https://origin-www.ifla.org/officers-corner/corresponding-members',
  },
  {
    id: 'R-33',
    title: 'Corresponding members discontinued',
    era: '2021 onwards',
    summary:
      'Corresponding members are replaced by co-opted members. No corresponding term may start on or after 2021-08-26; one still active on that day should be ended or converted through a co-option, which needs approval and counts toward the 5 co-opted places.',
    confidence: 'LOW',
    confidenceNote: 'LOW / SEED: stated only in the seed minutes (open question OQ-6).',
    sourceUrl: null,
    sourceNote: SEED_MINUTES,
  },
  {
    id: 'R-35',
    title: 'Who may nominate, stand and vote in officer elections',
    era: 'All eras',
    summary:
      'Officers are chosen by and from the members whose terms continue past the term boundary: the continuing cohort and those newly elected or re-elected. Outgoing members, including anyone not re-elected, may not nominate, stand or vote.',
    confidence: 'HIGH',
    sourceUrl: 'http://www.ifla.org/ES/node/7732',
  },
  {
    id: 'R-38',
    title: 'Officer term limits',
    era: 'All eras (2015 clarification, presumed to continue)',
    summary:
      'A person may be an officer for at most 8 years in total while on the committee, for example 4 years as Chair and 4 as Secretary, and may hold the same office for at most 2 consecutive 2-year terms. Filling an officer casual vacancy counts as a first term in that office.',
    confidence: 'HIGH',
    confidenceNote:
      'HIGH for the 8-year total and casual fills; MEDIUM for the 2-consecutive-terms limit, which is derived.',
    sourceUrl: 'https://www.ifla.org/node/9685',
  },
  {
    id: 'R-39',
    title: 'An officer’s role cannot outlast their committee membership',
    era: 'All eras',
    summary:
      'An office ends when the holder’s term on the committee ends, unless a further term already follows. A member in the last 2 years of their final term may serve as an officer for those 2 years only.',
    confidence: 'MEDIUM',
    sourceUrl: null,
    sourceNote: 'Derived from R-34 (officers come from among the members) and R-35 (outgoing members are excluded).',
  },
  {
    id: 'R-45',
    title: 'Regional diversity is an expectation, not a quota',
    era: 'All eras',
    summary:
      'Standing Committees actively seek members from all IFLA regions, and from 2021 co-option is the tool for closing the gaps. Regions with no active member are pointed out, with the suggestion to co-opt while places remain.',
    confidence: 'HIGH',
    sourceUrl: 'https://www.ifla.org/professional-section-committee-member/',
  },
];

/** The entries by rule id. */
export const RULEBOOK: ReadonlyMap<string, RulebookEntry> = new Map(ENTRIES.map((entry) => [entry.id, entry]));

export function rulebookEntry(id: RuleId): RulebookEntry | undefined {
  return RULEBOOK.get(id);
}
