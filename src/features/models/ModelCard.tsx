import type { Model } from '@/lib/api';
import { formatUsd, perMillion } from '@/lib/pricing';
import { modelLabel } from './modelSearch';
import { mediaPricingText } from './pricingText';

function price(perToken: number | null | undefined): string {
  const value = perMillion(perToken);
  return value === null ? '—' : formatUsd(value);
}

export function ModelCard({ model }: { model: Model }) {
  const pricing = model.pricing;
  const input = model.capabilities?.input ?? [];
  const output = model.capabilities?.output ?? [];
  const mediaPrice = mediaPricingText(pricing);
  return (
    <section aria-label="Model card" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <h2 className="text-base font-semibold">{modelLabel(model)}</h2>
      <p className="font-mono text-xs text-slate-500">{model.id}</p>
      {(model.developer?.name || model.owned_by) && (
        <p className="mt-1 text-xs text-slate-600">by {model.developer?.name || model.owned_by}</p>
      )}
      {(model.description || model.summary) && (
        <p className="mt-2 text-slate-700">{model.description || model.summary}</p>
      )}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        {(input.length > 0 || output.length > 0) && (
          <>
            <dt className="text-slate-500">Modalities</dt>
            <dd>
              {input.join(', ') || '?'} → {output.join(', ') || '?'}
            </dd>
          </>
        )}
        {pricing && (pricing.input_cost_per_token != null || pricing.output_cost_per_token != null) && (
          <>
            <dt className="text-slate-500">Price / 1M tokens</dt>
            <dd>
              {price(pricing.input_cost_per_token)} in · {price(pricing.output_cost_per_token)} out
            </dd>
          </>
        )}
        {mediaPrice && (
          <>
            <dt className="text-slate-500">Price</dt>
            <dd>{mediaPrice}</dd>
          </>
        )}
        {model.context_length ? (
          <>
            <dt className="text-slate-500">Context</dt>
            <dd>{model.context_length.toLocaleString('en-US')} tokens</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
