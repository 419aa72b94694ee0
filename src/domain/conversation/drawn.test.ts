import { describe, expect, it } from 'vitest';
import { buildMessages } from '@/domain/request';
import { INITIAL_CONVERSATION } from './conversation';
import { readTurn } from './readPrompt';
import { withAnswer } from './turns';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const asked = {
  ...INITIAL_CONVERSATION,
  turns: [{ role: 'user' as const, text: 'Draw a kite', images: [] }],
};

describe("a kept answer's drawn images", () => {
  it('stay with the assistant turn, without the placeholders of images that were not kept', () => {
    const kept = withAnswer(asked, 'Here is a kite.', [PNG, '']);
    expect(kept.turns[1]).toEqual({ role: 'assistant', text: 'Here is a kite.', images: [], drawn: [PNG] });
    expect(withAnswer(asked, 'Plain.').turns[1]).toEqual({ role: 'assistant', text: 'Plain.', images: [] });
  });

  it('are not sent back: the assistant message carries its text alone', () => {
    const kept = withAnswer(asked, 'Here is a kite.', [PNG]);
    expect(buildMessages(kept)).toEqual([
      { role: 'user', content: 'Draw a kite' },
      { role: 'assistant', content: 'Here is a kite.' },
    ]);
  });

  it('are read back from storage checked: hostile URLs go, the turn stays', () => {
    const turn = readTurn({
      role: 'assistant',
      text: 'x',
      images: [],
      drawn: [
        PNG,
        'javascript:alert(1)',
        'data:image/svg+xml;base64,PHN2Zz4=',
        3,
        'https://cdn.example.com/k.png',
      ],
    });
    expect(turn).toEqual({
      role: 'assistant',
      text: 'x',
      images: [],
      drawn: [PNG, 'https://cdn.example.com/k.png'],
    });
    expect(readTurn({ role: 'user', text: 'x', images: [], drawn: [PNG] })).toEqual({
      role: 'user',
      text: 'x',
      images: [],
    });
  });
});
