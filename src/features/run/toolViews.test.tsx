// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { OutputCheck } from './OutputCheck';
import { ReasoningView } from './ReasoningView';
import { ToolCallCard } from './ToolCallCard';

afterEach(cleanup);

const request: ChatCompletionRequest = {
  model: 'm',
  messages: [],
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    },
  ],
  response_format: {
    type: 'json_schema',
    json_schema: { name: 'a', schema: { type: 'object', required: ['n'] } },
  },
};

const card = (args: string, complete: boolean, name = 'get_weather') =>
  render(
    <ToolCallCard
      name={`Tool call: ${name}`}
      call={{ index: 0, id: 'call_1', name, arguments: args }}
      request={request}
      complete={complete}
      result=""
      onResult={vi.fn()}
    />,
  );

describe('ToolCallCard', () => {
  it('shows raw arguments while they stream, and no verdict or result box yet', () => {
    card('{"ci', false);
    expect(screen.getByRole('region', { name: 'Tool call: get_weather' }).textContent).toContain('{"ci');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
  it('says "Arguments valid" with the arguments pretty, and offers the result box', () => {
    card('{"city":"Paris"}', true);
    expect(screen.getByRole('status').textContent).toBe('Arguments valid');
    expect(screen.getByText(/"city": "Paris"/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Result for get_weather' })).toBeTruthy();
  });
  it('lists invalid arguments with their paths; flags non-JSON arguments and unknown tools', () => {
    card('{"city": 3}', true);
    expect(screen.getByRole('status').textContent).toBe('Arguments invalid');
    expect(screen.getByRole('listitem').textContent).toBe('/city: must be string');
    cleanup();
    card('{"city": "Par', true);
    expect(screen.getByRole('status').textContent).toBe('Arguments are not JSON');
    expect(screen.getByText('{"city": "Par')).toBeTruthy();
    cleanup();
    card('{}', true, 'not_a_tool');
    expect(screen.getByRole('status').textContent).toBe('Unknown tool');
  });
});

describe('OutputCheck', () => {
  it('says "Output valid" and draws the JSON folded; "Output invalid" with the path otherwise', () => {
    render(<OutputCheck request={request} text='{"n": 1, "list": [1, 2]}' />);
    expect(screen.getByRole('status').textContent).toBe('Output valid');
    expect(screen.getByRole('group', { name: 'Output as JSON' }).textContent).toContain('"list"');
    cleanup();
    render(<OutputCheck request={request} text="{}" />);
    expect(screen.getByRole('status').textContent).toBe('Output invalid');
    expect(screen.getByRole('listitem').textContent).toBe("/: must have required property 'n'");
  });
  it('shows nothing for a free-text request', () => {
    const { container } = render(<OutputCheck request={{ model: 'm', messages: [] }} text="hi" />);
    expect(container.textContent).toBe('');
  });
});

describe('ReasoningView', () => {
  it('is open while live, folded after, and keeps what the user chose', () => {
    const { rerender } = render(<ReasoningView name="Reasoning" text="thinking" live />);
    const details = () =>
      screen.getByRole('region', { name: 'Reasoning' }).querySelector('details') as HTMLDetailsElement;
    expect(details().open).toBe(true);
    rerender(<ReasoningView name="Reasoning" text="thinking done" live={false} />);
    expect(details().open).toBe(false);
    details().open = true;
    fireEvent(details(), new Event('toggle'));
    rerender(<ReasoningView name="Reasoning" text="thinking done" live={false} />);
    expect(details().open).toBe(true);
  });
});
