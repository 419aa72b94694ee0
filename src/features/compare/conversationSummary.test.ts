import { describe, expect, it } from 'vitest';
import type { Turn } from '@/domain/conversation';
import { conversationSummary } from './conversationSummary';

const turn = (role: Turn['role'], text: string, images: string[] = []): Turn => ({ role, text, images });

describe('conversationSummary', () => {
  it('counts the messages and quotes the last user message on one line', () => {
    const turns = [
      turn('user', 'First\nquestion'),
      turn('assistant', 'An answer'),
      turn('user', 'Then   this'),
    ];
    expect(conversationSummary({ system: '', turns })).toBe('3 messages · last: Then this');
  });

  it('leaves out empty turns, names images, and clips long text', () => {
    expect(conversationSummary({ system: 'x', turns: [turn('user', '  ')] })).toBe('No message yet');
    expect(conversationSummary({ system: '', turns: [turn('user', '', ['data:a'])] })).toBe(
      '1 message · last: 1 image',
    );
    expect(conversationSummary({ system: '', turns: [turn('assistant', 'Hi')] })).toBe('1 message');
    const long = conversationSummary({ system: '', turns: [turn('user', 'a'.repeat(500))] });
    expect(long).toHaveLength('1 message · last: '.length + 160);
    expect(long.endsWith('…')).toBe(true);
  });
});
