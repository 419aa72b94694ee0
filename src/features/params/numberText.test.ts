import { describe, expect, it } from 'vitest';
import { numberOfText, shownNumber } from './numberText';

describe('numberOfText', () => {
  it('reads plain numbers', () => {
    expect(numberOfText('10')).toBe(10);
    expect(numberOfText('100')).toBe(100);
    expect(numberOfText('-2.5')).toBe(-2.5);
    expect(numberOfText('1e3')).toBe(1000);
    expect(numberOfText('1.05')).toBe(1.05);
  });

  it('drops a trailing point or zeros after it, as the number is the same', () => {
    expect(numberOfText('3.')).toBe(3);
    expect(numberOfText('3.50')).toBe(3.5);
    expect(numberOfText('100.0')).toBe(100);
    expect(numberOfText('0.0')).toBe(0);
    expect(numberOfText('.5')).toBe(0.5);
    expect(numberOfText('.')).toBe(0);
  });

  it('keeps what is not a number yet as text, and empty as no value', () => {
    expect(numberOfText('-')).toBe('-');
    expect(numberOfText('abc')).toBe('abc');
    expect(numberOfText('')).toBeUndefined();
  });
});

describe('shownNumber', () => {
  it('keeps the typed text while it stands for the value', () => {
    expect(shownNumber(3, '3.')).toBe('3.');
    expect(shownNumber(3.5, '3.50')).toBe('3.50');
    expect(shownNumber(0, '0.0')).toBe('0.0');
  });

  it('shows the value when the text typed last is for another value', () => {
    expect(shownNumber(4, '3.')).toBe(4);
    expect(shownNumber(30, '3.')).toBe(30);
    expect(shownNumber(3, undefined)).toBe(3);
    expect(shownNumber(undefined, '3.')).toBeUndefined();
  });
});
