import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ActionPlanPage, type ActivityInput, type FocusAreaInput } from '../pages/action-plan-page';
import { TenureApp, writeTempFile } from '../pages/tenure-app';

/**
 * The Metropolitan Libraries action plan 2019–2020 (seed 004), every field of the IFLA template,
 * entered through the Action plan screen and read back from the exported workspace file.
 */
const PLAN = '2019–2020';

const AREA_1: FocusAreaInput = {
  plan: PLAN,
  focusArea: 'Re-defining the Metropolitan Libraries Section’s value proposition to the Metropolitan Library community',
  strategicDirection:
    'Focus area is aligned with IFLA’s Strategic Direction 4 – Capacity Building. Our aim is to refine and update the value propositions of the section to be directly relevant to the multi-faceted but unique needs of Metropolitan Library Systems and related stakeholders, in order to create a firm foundation and basis that anchor the curation of MetLib activities according to the needs of our target audience. We believe that meeting the needs of our target audience will strengthen our appeal to regional and sectoral stakeholders and strengthen their involvement in IFLA capacity building initiatives through the MetLib Section.',
  keyInitiatives: [
    {
      number: '4.5',
      description:
        'MetLib Section’s planned activities focus on strengthening and communicating our relevance to public libraries, particularly libraries serving larger Metropolitan cores and cities, and pave the way to grow MetLib’s (and IFLA’s) presence in different geographical regions and Metropolitan Cities, and correspondingly grow participation of libraries and library workers in MetLib section activities progressively.',
    },
  ],
  communication: [
    '- Share info with Section members via Basecamp and mailing list',
    "- Workshop to co-develop section's strategies",
    '- Share info with non-Section audience through their preferred channels',
    '- Share key Section information (e.g. Committee objectives, action plans) on formal IFLA channels',
  ].join('\n'),
  impact: '- Increase Section membership\n- Grow attendance and participation at Section conferences',
  collaborators: ['Public Library Section', 'IFLA-Regional Offices'],
};

const AREA_1_ACTIVITIES: ActivityInput[] = [
  {
    title: 'Understanding the Metropolitan Libraries landscape, stakeholders and target audience',
    lead: ['Siew Ling Tan'],
    tasks: [
      { text: 'Start a list of Public and Metropolitan Libraries', responsible: ['Siew Ling Tan'] },
      {
        text: 'Survey of libraries on the role of libraries in Metropolitan cities and core, and their concerns and challenges',
        responsible: ['Jan Willem Dekker', 'Siew Ling Tan'],
      },
    ],
    timeframe: 'Nov 2019 - May 2020',
    fundingNeeded: false,
  },
  {
    title: 'Re-defining the value propositions of Metropolitan Libraries section',
    tasks: [
      { text: 'Review survey findings at Mid-term meeting' },
      {
        text: "Workshop to develop Sections' core offerings to members and stakeholders, and thematic focus to anchor future MetLib-driven activities and partnerships",
        responsible: ['Jan Willem Dekker'],
      },
    ],
    timeframe: 'May 2020 – Oct 2020',
    fundingNeeded: false,
  },
  {
    title: 'Strategic communication and engagement of Metropolitan Libraries section stakeholders and target audience',
    tasks: [
      {
        text: 'Create a MetLib section communication plan that identifies strategic comms partners, channels and actions',
      },
      {
        text: 'Form a Section info-coordination support team with member representation covering different geographical regions',
      },
      { text: 'Create a database of Metropolitan Libraries contact' },
      { text: 'Profile and promote member libraries on Section webpage' },
    ],
    timeframe: 'Nov 2019 – Oct 2020',
    fundingNeeded: false,
  },
];

const AREA_2: FocusAreaInput = {
  plan: PLAN,
  focusArea:
    'Tackling the challenge that libraries face in showing that libraries are making a difference in the lives of people in the communities they serve',
  strategicDirection: '1. Strengthen the global voice of libraries\n2. Inspire and enhance professional practice',
  keyInitiatives: [
    { number: '1.1', description: 'Show the power of libraries in achieving sustainable development goals' },
    { number: '2.4', description: 'Provide tools and infrastructure that supports the work of libraries' },
  ],
  communication:
    'Post call on website and via social media, Post results on website and Generate a white paper/report for a professional journal',
  impact:
    'Number of responses received and Feedback from libraries using methods promulgated – ie. Statistics and examples of successful outcomes/ best practices',
  collaborators: ['Public Libraries Section', 'Statistics and Evaluation Section', 'National Libraries Section'],
};

const AREA_2_ACTIVITY: ActivityInput = {
  title:
    'Discover current state of impact measurement strategies by libraries, collecting examples of how libraries are currently collecting data, and analysing and measuring impact',
  tasks: [
    { text: 'Survey libraries on current impact measurement methods used' },
    { text: 'Share survey findings and responses via white paper/report' },
    { text: 'Post survey findings and report on IFLA-MetLib webpage' },
    {
      text: 'Explore organisation of joint satellite conference in 2021 on impact assessment with the National Library of Netherlands',
    },
  ],
  timeframe: 'Oct 2019 – Jan 2020; Feb 2020 – June 2020',
  fundingNeeded: false,
};

/** An empty Section with two members, so tasks can name who is responsible. */
const METLIB_WORKSPACE = {
  format: 'tenure',
  version: 1,
  committees: [{ id: 'metlib', name: 'Metropolitan Libraries', kind: 'section' }],
  people: [
    { id: 'm1', name: 'Siew Ling Tan', country: 'SG' },
    { id: 'm2', name: 'Jan Willem Dekker', country: 'NL' },
  ],
  terms: [
    { id: 't-m1', personId: 'm1', committeeId: 'metlib', kind: 'elected', start: '2019-08-30', end: '2023-08-25' },
    { id: 't-m2', personId: 'm2', committeeId: 'metlib', kind: 'elected', start: '2019-08-30', end: '2023-08-25' },
  ],
};

const ID_OF: Record<string, string> = { 'Siew Ling Tan': 'm1', 'Jan Willem Dekker': 'm2' };

/** What the file must hold for an activity of an area: every field of the template. */
function expected(area: FocusAreaInput, activity: ActivityInput) {
  return {
    committeeId: 'metlib',
    title: activity.title,
    status: 'planned',
    plan: area.plan,
    focusArea: area.focusArea,
    strategicDirection: area.strategicDirection,
    keyInitiatives: area.keyInitiatives,
    communication: area.communication,
    impact: area.impact,
    collaborators: area.collaborators,
    ...(activity.lead ? { owners: activity.lead.map((n) => ID_OF[n]) } : {}),
    tasks: activity.tasks!.map((t) => ({
      text: t.text,
      ...(t.responsible ? { owners: t.responsible.map((n) => ID_OF[n]) } : {}),
    })),
    timeframe: activity.timeframe,
    fundingNeeded: false,
  };
}

test('the MetLib action plan of seed 004 is entered in full through the screens and stored field by field', async ({
  page,
}) => {
  const app = new TenureApp(page);
  await app.open();
  const importing = app.importDialog();
  await importing.open();
  await importing.choose(writeTempFile('metlib.tenure.json', JSON.stringify(METLIB_WORKSPACE)));
  await importing.confirm();
  await app.setAsOf('2019-11-01');

  const plan = new ActionPlanPage(page);
  await plan.open();
  await expect(page.getByText('No activity yet.')).toBeVisible();

  await plan.addFocusArea(AREA_1, AREA_1_ACTIVITIES[0]!.title);
  await plan.editActivity(AREA_1_ACTIVITIES[0]!.title, AREA_1_ACTIVITIES[0]!);
  for (const activity of AREA_1_ACTIVITIES.slice(1)) await plan.addActivity(AREA_1.focusArea, activity);
  await plan.addFocusArea(AREA_2, AREA_2_ACTIVITY.title);
  await plan.editActivity(AREA_2_ACTIVITY.title, AREA_2_ACTIVITY);

  // The screen reads like the template: numbered focus areas, direction, initiatives, the activities.
  const first = plan.focusArea(AREA_1.focusArea);
  await expect(first.getByRole('heading', { level: 2 })).toContainText('Focus Area 1');
  await expect(first).toContainText('4.5 MetLib Section’s planned activities');
  await expect(first).toContainText('Public Library Section; IFLA-Regional Offices');
  await expect(first.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(plan.activity(AREA_1_ACTIVITIES[0]!.title)).toContainText(
    'Start a list of Public and Metropolitan Libraries (Siew Ling Tan)',
  );
  await expect(plan.activity(AREA_1_ACTIVITIES[0]!.title)).toContainText('Funding neededNo');
  const second = plan.focusArea(AREA_2.focusArea);
  await expect(second.getByRole('heading', { level: 2 })).toContainText('Focus Area 2');
  await expect(second).toContainText('1.1 Show the power of libraries');
  await expect(second).toContainText('2.4 Provide tools and infrastructure');

  // Every field is stored: the exported v1 file holds the plan exactly as entered.
  const download = page.waitForEvent('download');
  await new TenureApp(page).fileCommand('Export workspace');
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  const actions = file.actions as Record<string, unknown>[];
  expect(actions).toHaveLength(4);
  const stored = actions
    .sort((a, b) => (a.position as number) - (b.position as number))
    .map(({ id, position, ...rest }) => {
      expect(typeof id).toBe('string');
      expect(typeof position).toBe('number');
      return rest;
    });
  expect(stored).toEqual([
    ...AREA_1_ACTIVITIES.map((activity) => expected(AREA_1, activity)),
    expected(AREA_2, AREA_2_ACTIVITY),
  ]);
});
