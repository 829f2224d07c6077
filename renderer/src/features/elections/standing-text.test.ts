import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { standingReason } from '@shared/rules/cycle-summary';
import type { Eligibility } from '@shared/rules/eligibility';
import { formatDeskText } from './desk-text';
import { incumbencyText, standingText } from './standing-text';

/** A catalogue of this folder, read as the app bundles it. */
const catalogue = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'messages', `${locale}.json`), 'utf8'));
const en = catalogue('en');
const es = catalogue('es');
const fr = catalogue('fr');
const ar = catalogue('ar');

const intlFor = (locale: string, messages: Record<string, string>) =>
  createIntl({ locale, messages: { ...en, ...messages } });
const english = intlFor('en', {});

const mayStand: Eligibility = {
  eligible: true,
  prospectiveTermNumber: 2,
  maxTerms: 2,
  chain: ['2017–2021'],
  mayStandAgainFrom: null,
};
const limited: Eligibility = {
  eligible: false,
  prospectiveTermNumber: 3,
  maxTerms: 2,
  chain: ['2013–2017', '2017–2021'],
  mayStandAgainFrom: 2023,
};
const once: Eligibility = { ...limited, chain: ['2017–2021'], mayStandAgainFrom: null };

describe('why someone may or may not stand again, in the reader’s language', () => {
  it('reads in English exactly as the rules engine words it', () => {
    for (const eligibility of [mayStand, limited, once]) {
      expect(formatDeskText(english, standingText(eligibility))).toBe(standingReason(eligibility));
    }
    expect(formatDeskText(english, standingText(limited))).toBe(
      '2 consecutive terms 2013–2017, 2017–2021; may stand again from 2023',
    );
    expect(formatDeskText(english, incumbencyText(mayStand))).toBe('standing for a 2nd term');
    expect(formatDeskText(english, incumbencyText({ ...mayStand, prospectiveTermNumber: 1 }))).toBe('first term');
  });

  it('reads naturally in Spanish, French and Arabic', () => {
    expect(formatDeskText(intlFor('es', es), standingText(mayStand))).toBe('sería su mandato 2 de\u00a02');
    expect(formatDeskText(intlFor('es', es), standingText(limited))).toBe(
      '2 mandatos consecutivos (2013–2017 y 2017–2021); puede volver a presentarse a partir de 2023',
    );
    expect(formatDeskText(intlFor('fr', fr), standingText(once))).toBe('1 mandat consécutif (2017–2021)');
    expect(formatDeskText(intlFor('fr', fr), incumbencyText(mayStand))).toBe('candidature pour un 2e mandat');
    expect(formatDeskText(intlFor('ar', ar), standingText(limited))).toBe(
      'ولايتان متتاليتان (2013–2017 و2017–2021)؛ يحق الترشح مجددًا ابتداءً من 2023',
    );
  });
});
