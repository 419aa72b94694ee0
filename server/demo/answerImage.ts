// The picture image-chat-demo draws with its answer: the same deterministic PNG the media models make
// (media/picture.ts), small enough to travel as a data: URL in the message, as image-output chat models send it.
import type { GeneratedChoice } from './generator.ts';
import { demoPicturePng } from './media/picture.ts';

/** Small: a data: URL in every answer must stay well within what the workbench keeps in storage. */
export const ANSWER_PICTURE_SIDE = 256;

export function answerPictureUrl(prompt: string, seed: number, index: number): string {
  const png = demoPicturePng({
    prompt,
    seed,
    index,
    width: ANSWER_PICTURE_SIDE,
    height: ANSWER_PICTURE_SIDE,
  });
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

/** The choice with a picture of the prompt after its text. A choice that calls tools answers with the calls
 * alone, so it gets none. */
export function withPicture(
  choice: GeneratedChoice,
  prompt: string,
  seed: number,
  index: number,
): GeneratedChoice {
  if (choice.toolCalls) return choice;
  return { ...choice, images: [answerPictureUrl(prompt, seed, index)] };
}
