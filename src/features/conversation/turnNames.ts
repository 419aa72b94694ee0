import type { TurnRole } from '@/domain/conversation';

export const ROLE_LABEL: Record<TurnRole, string> = {
  user: 'User',
  assistant: 'Assistant',
  developer: 'Developer',
  system: 'System',
  tool: 'Tool',
};

export const PLACEHOLDER: Record<TurnRole, string> = {
  user: 'Ask something…',
  assistant: 'An earlier answer of the assistant',
  developer: 'Instructions from the application (OpenAI’s developer role)',
  system: 'A system message in the middle of the conversation',
  tool: 'The result of a tool call (text or JSON)',
};

/** The name of a turn's textbox, the same whether it is the composer or an earlier turn being edited. */
export function turnTextboxName(role: TurnRole, position: number): string {
  return `${ROLE_LABEL[role]} message ${position}`;
}

/** The name of a rendered turn. Deliberately not the textbox's name, so a turn being edited (the article holding
 * its textbox) never gives two elements of one name. */
export function turnArticleName(role: TurnRole, position: number): string {
  return `Message ${position}, ${ROLE_LABEL[role].toLowerCase()}`;
}

/** The id of the composer's textbox (the benchmark times keystrokes in it). */
export const COMPOSER_ID = 'composer-text';

/** URLs the user typed in this session: their previews load at once (a stranger's URL waits for the user). */
export const userAddedImageUrls = new Set<string>();
