// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER, resolveProvider } from '@/domain/provider';
import { effectiveParams, normalizeSchema } from '@/domain/schema';
import type { MediaRequest, Model } from '@/lib/api';
import type { PaneRequest } from '@/state/panes';
import { GenerateBar } from './GenerateBar';

afterEach(cleanup);

const MODEL: Model = {
  id: 'pixel-art-demo',
  display_name: 'Pixel Art (demo)',
  endpoint: '/images/generate',
  pricing: { method: 'per_image', cost_per_image: 0.04 },
  request_schema: {
    type: 'object',
    required: ['prompt'],
    properties: {
      prompt: { type: 'string', title: 'Prompt', 'x-order': 0 },
      num_images: { type: 'integer', minimum: 1, maximum: 4, default: 1, 'x-order': 1 },
    },
  },
};

function pane(mediaRequest: MediaRequest | null, problem: string | null = null): PaneRequest {
  const normalized = normalizeSchema(MODEL);
  const provider = resolveProvider(DEFAULT_PROVIDER, 'demo', 'http://127.0.0.1:4173');
  return {
    provider: { ...provider, problem },
    modelId: MODEL.id,
    model: MODEL,
    normalized,
    params: effectiveParams(undefined, normalized),
    kind: 'image',
    request: null,
    mediaRequest,
    modelLoading: false,
    detailsError: null,
  };
}

const generate = () => screen.getByRole('button', { name: 'Generate' });

describe('GenerateBar', () => {
  it('is disabled with its reason while the prompt is empty', () => {
    render(<GenerateBar paneId="p1" pane={pane({ model: MODEL.id, prompt: '', num_images: 1 })} />);
    expect(generate()).toHaveProperty('disabled', true);
    expect(screen.getByText('Write a prompt first')).toBeTruthy();
    // The reason is the button's description, so a screen reader hears why too.
    const described = generate().getAttribute('aria-describedby');
    expect(described && document.getElementById(described)?.textContent).toBe('Write a prompt first');
  });

  it('says the provider’s problem before anything else', () => {
    render(
      <GenerateBar paneId="p1" pane={pane({ model: MODEL.id, prompt: 'a fox' }, 'Add your Oxen API key.')} />,
    );
    expect(generate()).toHaveProperty('disabled', true);
    expect(screen.getByText('Add your Oxen API key.')).toBeTruthy();
  });

  it('is enabled with a prompt and shows the estimated cost with its maths', () => {
    render(<GenerateBar paneId="p1" pane={pane({ model: MODEL.id, prompt: 'a fox', num_images: 3 })} />);
    expect(generate()).toHaveProperty('disabled', false);
    expect(screen.getByLabelText('Estimated cost').textContent).toBe('$0.12');
    expect(screen.getByText('(3 images × $0.04 = $0.12)')).toBeTruthy();
  });

  it('says so when the model publishes no price', () => {
    const free = pane({ model: MODEL.id, prompt: 'a fox' });
    render(<GenerateBar paneId="p1" pane={{ ...free, model: { ...MODEL, pricing: null } }} />);
    expect(screen.getByLabelText('Estimated cost').textContent).toBe('No price published for this model');
  });
});
