import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { paramsFor, ruleSetFor } from '@shared/rules/rule-sets';
import type { Committee, RuleParamOverrides } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { saveCommittee } from '../../db/repositories/committees-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useAppStore } from '../../stores/app-store';
import { useErrorText } from '../../i18n/use-error-text';

type RuleChoice = 'majorityOfVotingMembers' | 'fixedNumber' | 'fraction';

/**
 * The committee's quorum rule (R-49: no IFLA figure was found, OQ-8) and who counts toward it
 * (R-30, OQ-18), stored as overrides of the rulebook parameters on the committee.
 */
export function QuorumRuleDialog({ committee, onClose }: { committee: Committee; onClose: () => void }) {
  const asOf = useAppStore((s) => s.asOf);
  const current = paramsFor(committee, ruleSetFor(committee, asOf));
  const [rule, setRule] = useState<RuleChoice>(
    current.quorumRule === 'fixedNumber' || current.quorumRule === 'fraction'
      ? current.quorumRule
      : 'majorityOfVotingMembers',
  );
  const [fixed, setFixed] = useState(String(current.quorumFixed));
  const [percent, setPercent] = useState(String(Math.round(current.quorumFraction * 100)));
  const [coopted, setCoopted] = useState(current.cooptedMembersVote);
  const [exOfficio, setExOfficio] = useState(current.exOfficioMembersVote);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();

  const fixedValid = /^\d+$/.test(fixed.trim()) && Number(fixed) >= 1;
  const percentValid = /^\d+(\.\d+)?$/.test(percent.trim()) && Number(percent) > 0 && Number(percent) <= 100;
  const valid = (rule !== 'fixedNumber' || fixedValid) && (rule !== 'fraction' || percentValid);

  async function save() {
    const params: RuleParamOverrides = { ...(committee.params ?? {}) };
    delete params.quorumRule;
    delete params.quorumFixed;
    delete params.quorumFraction;
    delete params.cooptedMembersVote;
    delete params.exOfficioMembersVote;
    if (rule !== 'majorityOfVotingMembers') params.quorumRule = rule;
    if (rule === 'fixedNumber') params.quorumFixed = Number(fixed);
    if (rule === 'fraction') params.quorumFraction = Number(percent) / 100;
    if (!coopted) params.cooptedMembersVote = false;
    if (exOfficio) params.exOfficioMembersVote = true;
    const { params: _old, ...rest } = committee;
    try {
      await saveCommittee(db, Object.keys(params).length > 0 ? { ...rest, params } : rest, context());
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'meetings.rule.label' })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="meetings.cancel" />
          </button>
          <button type="button" className="btn btn-primary" disabled={!valid} onClick={() => void save()}>
            <FormattedMessage id="meetings.ruleDialog.save" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage id="meetings.ruleDialog.intro" />
      </p>
      <label className="field">
        <FormattedMessage id="meetings.ruleDialog.rule" />
        <select value={rule} onChange={(e) => setRule(e.target.value as RuleChoice)}>
          <option value="majorityOfVotingMembers">{intl.formatMessage({ id: 'meetings.ruleDialog.majority' })}</option>
          <option value="fixedNumber">{intl.formatMessage({ id: 'meetings.ruleDialog.fixed' })}</option>
          <option value="fraction">{intl.formatMessage({ id: 'meetings.ruleDialog.fraction' })}</option>
        </select>
      </label>
      {rule === 'fixedNumber' && (
        <label className="field">
          <FormattedMessage id="meetings.ruleDialog.fixedNumber" />
          <input
            inputMode="numeric"
            value={fixed}
            aria-invalid={!fixedValid}
            onChange={(e) => setFixed(e.target.value)}
          />
        </label>
      )}
      {rule === 'fraction' && (
        <label className="field">
          <FormattedMessage id="meetings.ruleDialog.percent" />
          <input
            inputMode="decimal"
            value={percent}
            aria-invalid={!percentValid}
            onChange={(e) => setPercent(e.target.value)}
          />
        </label>
      )}
      <label className="meetings-check">
        <input type="checkbox" checked={coopted} onChange={(e) => setCoopted(e.target.checked)} />
        <FormattedMessage id="meetings.ruleDialog.coopted" />
      </label>
      <label className="meetings-check">
        <input type="checkbox" checked={exOfficio} onChange={(e) => setExOfficio(e.target.checked)} />
        <FormattedMessage id="meetings.ruleDialog.exOfficio" />
      </label>
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="meetings.notSaved" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
