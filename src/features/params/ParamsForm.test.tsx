// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParamState } from '@/domain/schema';
import { type NormalizedSchema, normalizeSchema } from '@/domain/schema';
import { makeWideModel } from '@/testing';
import { ParamsForm } from './ParamsForm';

afterEach(cleanup);

const claudeLike = normalizeSchema({
  id: 'claude-like',
  json_request_schema: {
    type: 'object',
    $defs: {
      Effort: { type: 'string', enum: ['low', 'medium', 'high'], default: 'medium', title: 'Effort' },
    },
    properties: {
      model: { type: 'string' },
      messages: { type: 'array' },
      temperature: { type: 'number', minimum: 0, maximum: 1, default: 1, description: 'Randomness.' },
      top_k: { type: 'integer', minimum: 0 },
      max_tokens: { type: 'integer', minimum: 1, maximum: 8192, default: 1024 },
      stop: { type: 'array', items: { type: 'string' } },
      thinking: { type: 'boolean', default: false },
      reasoning_effort: { $ref: '#/$defs/Effort' },
      // A nested oneOf (shaped like response_format, which the prompt owns now and the form never shows).
      output_format: {
        type: 'object',
        oneOf: [
          {
            title: 'Text',
            type: 'object',
            properties: { type: { const: 'text', type: 'string' } },
            required: ['type'],
          },
          {
            title: 'JSON object',
            type: 'object',
            properties: { type: { const: 'json_object', type: 'string' } },
            required: ['type'],
          },
        ],
      },
    },
  },
});

/** Renders the form with real state, like the workbench does, and records every state it emits. */
function Harness({
  normalized,
  initial,
  spy,
}: {
  normalized: NormalizedSchema;
  initial: ParamState;
  spy: (s: ParamState) => void;
}) {
  const [state, setState] = useState(initial);
  return (
    <ParamsForm
      normalized={normalized}
      state={state}
      onChange={(next) => {
        spy(next);
        setState(next);
      }}
    />
  );
}

/** What a click on the summary does in a browser: open the element, which fires "toggle". */
function openDetails(details: HTMLDetailsElement) {
  act(() => {
    details.open = true;
    fireEvent(details, new Event('toggle'));
  });
}

function setup(normalized = claudeLike, initial: ParamState = { values: {}, explicit: [] }) {
  const spy = vi.fn<(s: ParamState) => void>();
  render(<Harness normalized={normalized} initial={initial} spy={spy} />);
  const last = () => spy.mock.calls.at(-1)?.[0];
  return { spy, last };
}

describe('ParamsForm', () => {
  it('labels every field by its title or name and shows defaults', () => {
    setup();
    const temperature = screen.getByLabelText('temperature') as HTMLInputElement;
    expect(temperature.type).toBe('number');
    expect(temperature.value).toBe('1');
    expect(temperature).toHaveProperty('min', '0');
    expect((screen.getByLabelText('temperature slider') as HTMLInputElement).type).toBe('range');
    expect(temperature.getAttribute('aria-describedby')).toContain('__description');
    expect(screen.getByText('Randomness.').id).toBe(temperature.getAttribute('aria-describedby'));
    expect((screen.getByLabelText('max_tokens') as HTMLInputElement).value).toBe('1024');
    expect(screen.getByLabelText('max_tokens slider')).toBeTruthy();
    // Unbounded: a number input alone.
    expect((screen.getByLabelText('top_k') as HTMLInputElement).type).toBe('number');
    expect(screen.queryByLabelText('top_k slider')).toBeNull();
    expect(screen.getByLabelText('stop').tagName).toBe('FIELDSET');
    expect(screen.getByRole('switch', { name: 'thinking' })).toBeTruthy();
    // The $ref field: named by its property (not the definition's title), enum as a select with its default.
    const effort = screen.getByLabelText('reasoning_effort') as HTMLSelectElement;
    expect(effort.tagName).toBe('SELECT');
    expect(effort.selectedOptions[0]?.textContent).toBe('medium');
    // The nested oneOf: its label names the variant selector.
    const format = screen.getByLabelText('output_format') as HTMLSelectElement;
    expect([...format.options].map((o) => o.textContent)).toEqual(['Text', 'JSON object']);
    expect(screen.getByText('Will send: only defaults (nothing extra)')).toBeTruthy();
    // No basic/required fields: the Advanced section holds everything and is open.
    expect(screen.getByText('Advanced').closest('details')?.open).toBe(true);
  });

  it('a typed number becomes an explicit, sent value', () => {
    const { last } = setup();
    fireEvent.change(screen.getByLabelText('temperature'), { target: { value: '0.5' } });
    expect(last()?.values.temperature).toBe(0.5);
    expect(last()?.explicit).toEqual(['temperature']);
    expect(screen.getByText('Will send: temperature')).toBeTruthy();
    const row = screen.getByLabelText('temperature').closest('[data-param]') as HTMLElement;
    expect(within(row).getByText('sent')).toBeTruthy();
    expect((screen.getByLabelText('temperature slider') as HTMLInputElement).value).toBe('0.5');
  });

  it('setting a value back to its default by hand still sends it', () => {
    const { last } = setup(claudeLike, { values: { temperature: 0.2 }, explicit: [] });
    fireEvent.change(screen.getByLabelText('temperature slider'), { target: { value: '1' } });
    expect(last()?.values.temperature).toBe(1);
    expect(last()?.explicit).toContain('temperature');
    expect(screen.getByText('Will send: temperature')).toBeTruthy();
  });

  it('Reset puts the default back and stops sending', () => {
    const { last } = setup();
    expect(screen.queryByRole('button', { name: 'Reset temperature' })).toBeNull();
    fireEvent.change(screen.getByLabelText('temperature'), { target: { value: '0.3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset temperature' }));
    expect(last()?.values.temperature).toBe(1);
    expect(last()?.explicit).not.toContain('temperature');
    expect((screen.getByLabelText('temperature') as HTMLInputElement).value).toBe('1');
    expect(screen.getByText('Will send: only defaults (nothing extra)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reset temperature' })).toBeNull();
  });

  it('shows an out-of-range value as an inline error', () => {
    setup();
    fireEvent.change(screen.getByLabelText('temperature'), { target: { value: '3' } });
    const input = screen.getByLabelText('temperature');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/must be <= 1/)).toBeTruthy();
  });

  it('edits the stop list with named add/remove buttons', () => {
    const { last } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add stop item' }));
    expect(screen.queryByText(/must be/)).toBeNull();
    fireEvent.change(screen.getByLabelText('stop item 1'), { target: { value: 'END' } });
    expect(last()?.values.stop).toEqual(['END']);
    expect(screen.getByText('Will send: stop')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove stop item 1' }));
    expect(last()?.values.stop).toEqual([]);
    expect(screen.getByText('Will send: only defaults (nothing extra)')).toBeTruthy();
  });

  it('keeps line breaks in a stop sequence (a textarea, not a one-line input)', () => {
    const { last } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Add stop item' }));
    const item = screen.getByLabelText('stop item 1');
    expect(item.tagName).toBe('TEXTAREA');
    fireEvent.change(item, { target: { value: '\n\nHuman:' } });
    expect(last()?.values.stop).toEqual(['\n\nHuman:']);
    // It grows with its lines, so the line breaks are visible.
    expect((screen.getByLabelText('stop item 1') as HTMLTextAreaElement).rows).toBe(3);
  });

  it('a value typed over its own default counts as set and is sent (React reports no change for it)', () => {
    const { last } = setup();
    expect(screen.getByText('Will send: only defaults (nothing extra)')).toBeTruthy();
    const maxTokens = screen.getByLabelText('max_tokens') as HTMLInputElement;
    expect(maxTokens.value).toBe('1024');
    fireEvent.input(maxTokens, { target: { value: '1024' } });
    expect(last()?.explicit).toContain('max_tokens');
    expect(last()?.values.max_tokens).toBe(1024);
    expect(screen.getByText('Will send: max_tokens')).toBeTruthy();
  });

  it('chooses a variant of a nested oneOf', () => {
    const { last } = setup();
    fireEvent.change(screen.getByLabelText('output_format'), { target: { value: '1' } });
    expect(last()?.values.output_format).toEqual({ type: 'json_object' });
    expect(screen.getByText('Will send: output_format')).toBeTruthy();
    // The variant is complete (its const was set), so nothing is flagged.
    expect(screen.queryByText(/must/)).toBeNull();
  });

  it('flips a boolean with the switch', () => {
    const { last } = setup();
    fireEvent.click(screen.getByRole('switch', { name: 'thinking' }));
    expect(last()?.values.thinking).toBe(true);
  });

  it('puts required and basic fields first and the rest in a closed Advanced section', () => {
    const normalized = normalizeSchema({
      id: 'b',
      json_request_schema: {
        basic: ['temperature'],
        properties: { seed: { type: 'integer' }, temperature: { type: 'number', title: 'Temperature' } },
      },
    });
    setup(normalized);
    const details = screen.getByText('Advanced').closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    // Closed, the group renders nothing; opened, its fields appear inside it.
    expect(screen.queryByLabelText('seed')).toBeNull();
    openDetails(details);
    expect(within(details).getByLabelText('seed')).toBeTruthy();
    expect(details.contains(screen.getByLabelText('Temperature'))).toBe(false);
  });
});

describe('ParamsForm with other schemas', () => {
  it('an anyOf text-or-list field: variants named by type, list items named after the field', () => {
    const normalized = normalizeSchema({
      id: 'structured',
      json_request_schema: {
        properties: {
          stop: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, maxItems: 4 }] },
        },
      },
    });
    const { last } = setup(normalized);
    const selector = screen.getByLabelText('stop') as HTMLSelectElement;
    expect([...selector.options].map((o) => o.textContent)).toEqual(['Text', 'List']);
    expect(screen.getByLabelText('stop (text)').tagName).toBe('TEXTAREA');
    fireEvent.change(selector, { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add stop (list) item' }));
    // Neither the Text variant's complaint nor one about the still-empty new item is shown.
    expect(screen.queryByText(/must be string/)).toBeNull();
    fireEvent.change(screen.getByLabelText('stop (list) item 1'), { target: { value: 'END' } });
    expect(last()?.values.stop).toEqual(['END']);
  });

  it('a nullable enum offers null as a value that is sent, apart from "not set"', () => {
    const normalized = normalizeSchema({
      id: 'nullable',
      json_request_schema: {
        properties: { quality: { type: ['string', 'null'], enum: ['low', 'high', null] } },
      },
    });
    const { last } = setup(normalized);
    const select = screen.getByLabelText('quality') as HTMLSelectElement;
    const labels = [...select.options].map((o) => o.textContent);
    expect(labels).toEqual(['— not set —', 'low', 'high', 'null (sent as JSON null)']);
    fireEvent.change(select, { target: { value: select.options[3]?.value } });
    expect(last()?.values.quality).toBeNull();
  });

  it('renders the builtin OpenAI schema with basic fields up front', () => {
    setup(normalizeSchema({ id: 'plain', json_request_schema: null }));
    const details = screen.getByText('Advanced').closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    openDetails(details);
    expect(details.contains(screen.getByLabelText('Temperature'))).toBe(false);
    expect(details.contains(screen.getByLabelText('Max tokens'))).toBe(false);
    expect(within(details).getByLabelText('Stop sequences')).toBeTruthy();
    expect(within(details).getByRole('switch', { name: 'Log probabilities' })).toBeTruthy();
    // Response format and tools belong to the prompt (their own controls), not to the parameters.
    expect(within(details).queryByLabelText('Response format')).toBeNull();
  });

  it('disables every control and Reset button when disabled', () => {
    render(
      <ParamsForm
        normalized={claudeLike}
        state={{ values: { temperature: 0.5 }, explicit: ['temperature'] }}
        onChange={() => {}}
        disabled
      />,
    );
    expect(screen.getByLabelText('temperature')).toHaveProperty('disabled', true);
    expect(screen.getByLabelText('temperature slider')).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Reset temperature' })).toHaveProperty('disabled', true);
  });

  it('switches to another model schema', () => {
    const empty: ParamState = { values: {}, explicit: [] };
    const view = render(<ParamsForm normalized={claudeLike} state={empty} onChange={() => {}} />);
    expect(screen.getByLabelText('top_k')).toBeTruthy();
    view.rerender(
      <ParamsForm normalized={normalizeSchema({ id: 'plain' })} state={empty} onChange={() => {}} />,
    );
    expect(screen.queryByLabelText('top_k')).toBeNull();
    expect((screen.getByLabelText('Temperature') as HTMLInputElement).max).toBe('2');
  });

  it('renders a 40-parameter schema with every field labelled', async () => {
    const normalized = normalizeSchema(makeWideModel(40));
    expect(normalized.problem).toBeUndefined();
    const { last } = setup(normalized);
    openDetails(screen.getByText('Advanced').closest('details') as HTMLDetailsElement);
    // The first screenful renders at once, the rest in idle time.
    expect(screen.queryByLabelText('p39')).toBeNull();
    await screen.findByLabelText('p39', undefined, { timeout: 10_000 });
    for (let i = 0; i < 40; i++) expect(screen.getByLabelText(`p${i}`)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('p4'), { target: { value: 'hi' } });
    expect(last()?.values.p4).toBe('hi');
    expect(last()?.explicit).toEqual(['p4']);
  });
});

describe('ParamsForm fallback', () => {
  const broken = normalizeSchema({
    id: 'broken',
    json_request_schema: { properties: { t: { type: 'banana' } } },
  });

  it('shows the JSON editor with the reason and keeps invalid text', () => {
    const { spy, last } = setup(broken, { values: { t: 1 }, explicit: [] });
    expect(screen.getByRole('alert').textContent).toMatch(
      /^This model's parameter schema could not be rendered as a form: parameter "t" has the unknown type "banana"\. Edit the parameters as JSON instead\.$/,
    );
    const editor = screen.getByLabelText('Parameters (JSON)') as HTMLTextAreaElement;
    expect(JSON.parse(editor.value)).toEqual({ t: 1 });
    fireEvent.change(editor, { target: { value: '{"t": 2,' } });
    expect(editor.value).toBe('{"t": 2,');
    expect(screen.getByText(/Invalid JSON/)).toBeTruthy();
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect(spy).not.toHaveBeenCalled();
    fireEvent.change(editor, { target: { value: '{"t": 2, "top_k": 5}' } });
    expect(last()).toEqual({
      values: { t: 2, top_k: 5 },
      explicit: ['t', 'top_k'],
      verbatim: ['t', 'top_k'],
    });
    expect(screen.queryByText(/Invalid JSON/)).toBeNull();
    expect(screen.getByText('Will send: t, top_k')).toBeTruthy();
  });

  it('refuses JSON that is not an object', () => {
    const { spy } = setup(broken);
    fireEvent.change(screen.getByLabelText('Parameters (JSON)'), { target: { value: '[1]' } });
    expect(screen.getByText(/must be a JSON object/)).toBeTruthy();
    expect(spy).not.toHaveBeenCalled();
  });

  it('falls back when the form itself throws while rendering', () => {
    // Bypasses normalizeSchema's checks on purpose: rjsf throws on a $ref it cannot resolve.
    const unchecked: NormalizedSchema = {
      schema: { type: 'object', properties: { x: { $ref: '#/$defs/Nowhere' } } },
      source: 'json_request_schema',
      defaults: {},
      order: ['x'],
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    act(() => {
      setup(unchecked);
    });
    quiet.mockRestore();
    expect(screen.getByRole('alert').textContent).toContain('could not be rendered as a form');
    expect(screen.getByLabelText('Parameters (JSON)')).toBeTruthy();
  });
});
