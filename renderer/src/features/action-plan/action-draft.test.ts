import { describe, expect, it } from 'vitest';
import { focusAreas } from '@shared/meetings/action-plan';
import type { Action } from '@shared/workspace/schema';
import { exampleWorkspace } from '../../testing/test-db';
import {
  actionFromDraft,
  activityInArea,
  draftFromAction,
  draftFromFocusArea,
  focusAreaChanges,
  focusAreaFields,
  initiativeRow,
  linesOf,
  taskRow,
  validateActivity,
} from './action-draft';

const full: Action = {
  id: 'a1',
  committeeId: 'ml',
  title: 'Survey',
  status: 'ongoing',
  plan: '2019–2020',
  focusArea: 'Value proposition',
  strategicDirection: 'SD 4',
  keyInitiatives: [{ number: '4.5', description: 'Grow presence' }],
  tasks: [{ text: 'List libraries', owners: ['p1'] }, { text: 'Survey' }],
  owners: ['p1'],
  timeframe: 'Nov 2019 – May 2020',
  due: '2020-05-31',
  fundingNeeded: true,
  fundingAmount: 'EUR 2,000',
  fundingSource: 'IFLA',
  funding: 'Applied in January',
  communication: 'Basecamp',
  impact: 'Membership',
  collaborators: ['Public Library Section', 'IFLA-Regional Offices'],
  progress: [{ on: '2020-01-10', note: 'Started', status: 'ongoing' }],
  position: 3,
  notes: 'n',
  custom: { kept: true },
};

describe('the activity form', () => {
  it('round-trips an activity with every field of the template unchanged', () => {
    expect(actionFromDraft(draftFromAction(full), full)).toEqual(full);
  });

  it('always writes the funding box, and drops emptied fields', () => {
    const draft = {
      ...draftFromAction(full),
      fundingNeeded: false,
      fundingAmount: '',
      tasks: [taskRow(' ')],
      owners: [],
    };
    const after = actionFromDraft(draft, full);
    expect(after.fundingNeeded).toBe(false);
    expect(after).not.toHaveProperty('fundingAmount');
    expect(after).not.toHaveProperty('tasks');
    expect(after).not.toHaveProperty('owners');
    expect(validateActivity({ ...draft, title: ' ' })).toEqual([{ field: 'title', problem: 'title' }]);
    expect(validateActivity({ ...draft, due: '2020-02-30' })).toEqual([{ field: 'due', problem: 'due' }]);
  });

  it('reads collaborating units one per line or separated by semicolons', () => {
    expect(
      linesOf('Public Libraries Section;\n Statistics and Evaluation Section; National Libraries Section;'),
    ).toEqual(['Public Libraries Section', 'Statistics and Evaluation Section', 'National Libraries Section']);
  });
});

describe('the focus-area form', () => {
  const [area] = focusAreas(exampleWorkspace().actions);

  it('starts from what all its activities share, and changes only what was edited', () => {
    const start = draftFromFocusArea(area);
    expect(start.focusArea).toBe('Technology for inclusive and sustainable libraries');
    expect(start.strategicDirection).toBe('Inspire and enhance professional practice');
    // The example's activities each have their own impact text: the form leaves it empty…
    expect(start.impact).toBe('');
    // …and an edit of the key initiatives does not touch it.
    const draft = { ...start, keyInitiatives: [{ ...initiativeRow(), number: '2.4', description: 'Tools' }] };
    expect(focusAreaChanges(start, draft)).toEqual({ keyInitiatives: [{ number: '2.4', description: 'Tools' }] });
  });

  it('gives a new activity the fields of its area', () => {
    const start = draftFromFocusArea(undefined, '2019–2020');
    const draft = {
      ...start,
      focusArea: 'Impact',
      strategicDirection: '1. Strengthen the global voice of libraries',
      keyInitiatives: [{ ...initiativeRow(), number: '1.1', description: '' }],
      collaborators: 'Public Libraries Section',
    };
    expect(activityInArea('a9', 'ml', ' Survey ', focusAreaFields(draft))).toEqual({
      id: 'a9',
      committeeId: 'ml',
      title: 'Survey',
      status: 'planned',
      focusArea: 'Impact',
      plan: '2019–2020',
      strategicDirection: '1. Strengthen the global voice of libraries',
      keyInitiatives: [{ number: '1.1' }],
      collaborators: ['Public Libraries Section'],
    });
  });
});
