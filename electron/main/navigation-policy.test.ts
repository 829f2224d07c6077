import { describe, expect, it } from 'vitest';
import { externalLink, mayNavigate } from './navigation-policy';

const ORIGINS = ['app://tenure'];

describe('navigation rules', () => {
  it('allow only the app origin (checklist item 13)', () => {
    expect(mayNavigate('app://tenure/index.html#/history', ORIGINS)).toBe(true);
    for (const url of [
      'https://example.org/',
      'app://tenure.example.org/',
      'app://evil/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(mayNavigate(url, ORIGINS), url).toBe(false);
    }
  });

  it('hand only plain https links to the browser (item 15)', () => {
    expect(externalLink('https://www.ifla.org/units/it/')).toBe('https://www.ifla.org/units/it/');
    for (const url of [
      'http://www.ifla.org/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'https://user:pw@evil.example/',
      'ms-msdt:/id',
      '',
    ]) {
      expect(externalLink(url), url).toBeUndefined();
    }
  });
});
