import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/domain/conversation';
import {
  conversationVariables,
  emptyVariables,
  fillConversation,
  fillText,
  VARIABLE_NAME,
  variablesInText,
} from './variables';

describe('variablesInText', () => {
  it('lists names in order of first appearance, each once', () => {
    expect(variablesInText('{{b}} then {{a}}, {{b}} again and {{c}}')).toEqual(['b', 'a', 'c']);
  });

  it('allows spaces inside the braces', () => {
    expect(variablesInText('{{ city }} and {{name  }} and {{\tx}}')).toEqual(['city', 'name', 'x']);
  });

  it('takes letters, digits, underscores, dots and dashes after a first letter or underscore', () => {
    expect(variablesInText('{{user.first-name}} {{_x1}} {{Ünïcode}} {{1st}} {{a b}} {{}} {{-x}}')).toEqual([
      'user.first-name',
      '_x1',
    ]);
    expect(VARIABLE_NAME.test('a.b-c_1')).toBe(true);
    expect(VARIABLE_NAME.test('9a')).toBe(false);
  });

  it('is case-sensitive', () => {
    expect(variablesInText('{{Name}} {{name}}')).toEqual(['Name', 'name']);
  });

  it('does not see an escaped \\{{ as a variable', () => {
    expect(variablesInText('\\{{literal}} but {{real}}')).toEqual(['real']);
  });

  it('needs both closing braces', () => {
    expect(variablesInText('{{open} {{close }')).toEqual([]);
    expect(variablesInText('{name} {{{inner}}}')).toEqual(['inner']);
  });

  it('finds none in plain text', () => {
    expect(variablesInText('')).toEqual([]);
    expect(variablesInText('no braces here')).toEqual([]);
  });
});

describe('conversationVariables', () => {
  it('reads the system prompt first, then every turn, each name once', () => {
    const conversation: Conversation = {
      system: 'You are {{persona}}.',
      turns: [
        { role: 'user', text: 'Hello {{name}} from {{city}}', images: [] },
        { role: 'assistant', text: 'Hi {{name}}, {{mood}}', images: [] },
        { role: 'user', text: '{{persona}}?', images: [] },
      ],
    };
    expect(conversationVariables(conversation)).toEqual(['persona', 'name', 'city', 'mood']);
  });

  it('ignores image URLs, tool definitions and tool-call arguments', () => {
    const conversation: Conversation = {
      system: '',
      turns: [
        { role: 'user', text: 'look', images: ['https://x.example/{{img}}.png'] },
        {
          role: 'assistant',
          text: '',
          images: [],
          toolCalls: [{ id: 'c1', name: 'f', arguments: '{"q":"{{arg}}"}' }],
        },
      ],
      tools: [{ name: 'f', description: 'Finds {{desc}}', parameters: '{"description":"{{schema}}"}' }],
    };
    expect(conversationVariables(conversation)).toEqual([]);
  });
});

describe('fillText', () => {
  it('replaces every occurrence, spaces inside the braces or not', () => {
    expect(fillText('{{a}}-{{ a }}-{{b}}', { a: '1', b: '2' })).toBe('1-1-2');
  });

  it('fills a missing value with the empty string', () => {
    expect(fillText('Hello {{name}} from {{city}}', { name: 'Ada' })).toBe('Hello Ada from ');
  });

  it('writes \\{{ as {{, and does not fill what follows it', () => {
    expect(fillText('\\{{literal}} and {{x}}', { literal: 'no', x: 'yes' })).toBe('{{literal}} and yes');
    expect(fillText('a \\{{ b', {})).toBe('a {{ b');
  });

  it('inserts a value as it is: a value holding {{x}} or $& is not filled again', () => {
    expect(fillText('{{a}}', { a: '{{b}}', b: 'no' })).toBe('{{b}}');
    expect(fillText('{{a}}', { a: '$& $1 $$' })).toBe('$& $1 $$');
    expect(fillText('{{a}}', { a: '\\{{b}}' })).toBe('\\{{b}}');
  });

  it('reads only own values: a name like toString or __proto__ is just a name', () => {
    expect(fillText('[{{toString}}][{{constructor}}][{{__proto__}}]', {})).toBe('[][][]');
    const own = JSON.parse('{"__proto__": "p"}');
    expect(fillText('{{__proto__}}', own)).toBe('p');
  });

  it('leaves text that is not a variable alone', () => {
    expect(fillText('{{1st}} {{a b}} {x}', { a: 'no' })).toBe('{{1st}} {{a b}} {x}');
  });
});

describe('fillConversation', () => {
  const conversation: Conversation = {
    system: 'About {{city}}.',
    turns: [
      {
        role: 'user',
        text: 'Hello {{name}}',
        images: ['https://x.example/{{name}}.png', 'data:image/png;base64,e30='],
      },
      {
        role: 'assistant',
        text: 'Calling for {{name}}',
        images: [],
        toolCalls: [{ id: 'c1', name: 'weather', arguments: '{"city":"{{city}}"}' }],
      },
      { role: 'tool', text: 'Sunny in {{city}}', images: [], toolCallId: 'c1' },
      { role: 'user', text: 'Thanks', images: [] },
    ],
    tools: [{ name: 'weather', description: 'Weather in {{city}}', parameters: '{"type":"object"}' }],
    toolChoice: 'auto',
  };
  const filled = fillConversation(conversation, { city: 'Paris', name: 'Ada' });

  it('fills the system prompt and the text of every turn', () => {
    expect(filled.system).toBe('About Paris.');
    expect(filled.turns.map((t) => t.text)).toEqual([
      'Hello Ada',
      'Calling for Ada',
      'Sunny in Paris',
      'Thanks',
    ]);
  });

  it('keeps image URLs, tool definitions, tool-call arguments and ids as they are', () => {
    expect(filled.turns[0]?.images).toEqual(conversation.turns[0]?.images);
    expect(filled.turns[1]?.toolCalls).toEqual([
      { id: 'c1', name: 'weather', arguments: '{"city":"{{city}}"}' },
    ]);
    expect(filled.turns[2]?.toolCallId).toBe('c1');
    expect(filled.tools).toBe(conversation.tools);
    expect(filled.toolChoice).toBe('auto');
  });

  it('keeps the objects of turns that do not change, and does not touch the input', () => {
    expect(filled.turns[3]).toBe(conversation.turns[3]);
    expect(conversation.system).toBe('About {{city}}.');
    expect(conversation.turns[0]?.text).toBe('Hello {{name}}');
  });

  it('returns the same object when there is nothing to fill', () => {
    const plain: Conversation = {
      system: 'Be brief.',
      turns: [{ role: 'user', text: 'Hi {name}', images: [] }],
    };
    expect(fillConversation(plain, { name: 'x' })).toBe(plain);
    const notVariables: Conversation = {
      system: '{{ }}',
      turns: [{ role: 'user', text: '{{1}}', images: [] }],
    };
    expect(fillConversation(notVariables, {})).toBe(notVariables);
  });

  it('a new object when only an escape changes', () => {
    const escaped: Conversation = { system: '', turns: [{ role: 'user', text: '\\{{x}}', images: [] }] };
    const result = fillConversation(escaped, {});
    expect(result).not.toBe(escaped);
    expect(result.turns[0]?.text).toBe('{{x}}');
  });
});

describe('emptyVariables', () => {
  it('names the variables whose value is absent, empty or only spaces, in the order given', () => {
    expect(emptyVariables(['a', 'b', 'c', 'd'], { b: 'x', c: '  ', d: '' })).toEqual(['a', 'c', 'd']);
    expect(emptyVariables([], {})).toEqual([]);
    expect(emptyVariables(['toString'], {})).toEqual(['toString']);
  });
});
