import { FormattedMessage } from 'react-intl';
import { UNNAMED_ACTOR } from '../hooks/use-write-context';

/**
 * Who recorded a change or kept a finding. Names are data and shown as written, isolated so that
 * a name in another script keeps its direction; the stand-in for "no name given yet" is stored in
 * English and shown in the reader's language.
 */
export function RecordedBy({ actor }: { actor: string }) {
  return actor === UNNAMED_ACTOR ? <FormattedMessage id="components.unnamedActor" /> : <bdi>{actor}</bdi>;
}
