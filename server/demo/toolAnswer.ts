// The answer after tool messages: it quotes each result under the tool's name, so a client (and a test) can
// see the results reached the model, then adds a little prose about the question.
import type { Picker } from './prng.ts';
import { sentences, topicOf, wellFormed } from './prose.ts';
import type { ToolResult } from './tools.ts';

const OPENINGS = ['Here is what the tools found.', 'The tool results are in.', 'Using the tool results:'];
const CLOSINGS = ['Let me know if you want more detail.', 'Ask again to look up something else.'];

function quote(result: ToolResult): string {
  const who = result.name ? `The ${result.name} tool` : `The tool call ${result.callId}`;
  return wellFormed(`${who} returned: ${result.content}`);
}

export function composeToolAnswer(pk: Picker, prompt: string, results: readonly ToolResult[]): string {
  const parts = [`## Results for ${topicOf(prompt)}`, pk.word(OPENINGS), ...results.map(quote)];
  parts.push(`${sentences(pk, pk.pick([2, 1, 3]))} ${pk.word(CLOSINGS)}`);
  return parts.join('\n\n');
}
