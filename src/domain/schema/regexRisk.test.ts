import { describe, expect, it } from 'vitest';
import { patternRisk } from './regexRisk';

describe('patternRisk', () => {
  it.each([
    '^(a+)+$',
    '^(a|aa)+$',
    '(x+x+)+y',
    '^(\\w+\\s?)*$',
    '(.*a){12}',
    '^(a|a?)+$',
    '([a-z]|[a-c])*',
    '(\\d+)*$',
    '^((ab)*)+$',
    '(a|\\w)+',
    '(\\1a)+',
    'x'.repeat(1_001),
  ])('refuses %s', (pattern) => {
    expect(patternRisk(pattern)).not.toBeNull();
  });

  it.each([
    '^[a-z]+$',
    '^\\d{4}-\\d{2}-\\d{2}$',
    '^(https?://)?[\\w.-]+$',
    '^[A-Za-z0-9_-]{1,64}$',
    '^(low|medium|high)$',
    '^(a|b)+$',
    '^([a-z]{2})+$',
    '^([a-zA-Z0-9_\\-\\.]+)@([a-zA-Z0-9_\\-\\.]+)\\.([a-zA-Z]{2,5})$',
    '^#[0-9a-fA-F]{6}$',
    '^(?:\\d{1,3}\\.){3}\\d{1,3}$',
    '^sk-[A-Za-z0-9]{20,}$',
  ])('accepts %s', (pattern) => {
    expect(patternRisk(pattern)).toBeNull();
  });

  it('explains what it refused', () => {
    expect(patternRisk('^(a+)+$')).toMatch(/repeats something that itself repeats/);
    expect(patternRisk('^(a|aa)+$')).toMatch(/branches can start alike/);
    expect(patternRisk('([')).toMatch(/not a regular expression/);
  });

  it('reads the pattern with the flags given (an evaluation regex need not have "u")', () => {
    // \- is an identity escape only without "u".
    expect(patternRisk('a\\-b')).toMatch(/not a regular expression/);
    expect(patternRisk('a\\-b', 'i')).toBeNull();
    expect(patternRisk('^(a+)+$', 'i')).toMatch(/repeats something that itself repeats/);
  });
});
