import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULEBOOK } from '@shared/rules/rulebook';
import { TRANSLATED_RULE_PARTS } from './rule-text';

describe('the rulebook in the findings catalogue', () => {
  const english: Record<string, string> = JSON.parse(
    readFileSync(resolve(import.meta.dirname, 'messages/en.json'), 'utf8'),
  );

  it('has every rule’s title, era and summary in English exactly as the rulebook words them', () => {
    for (const entry of RULEBOOK.values()) {
      for (const part of TRANSLATED_RULE_PARTS) {
        expect(english[`findings.rule.${entry.id}.${part}`], `${entry.id} ${part}`).toBe(entry[part]);
      }
    }
  });

  it('has no rule the rulebook does not', () => {
    const ids = Object.keys(english)
      .map((key) => /^findings\.rule\.(R-[^.]+)\./.exec(key)?.[1])
      .filter((id) => id !== undefined);
    expect(ids.filter((id) => !RULEBOOK.has(id))).toEqual([]);
  });
});
