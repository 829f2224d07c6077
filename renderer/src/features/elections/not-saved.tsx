import { FormattedMessage } from 'react-intl';

/** Why the last save on the election desk failed; nothing while there is no error. */
export function NotSaved({ error }: { error: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="notice notice-error">
      <FormattedMessage id="elections.notSaved" values={{ error }} />
    </p>
  );
}
