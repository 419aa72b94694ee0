/** The request members the workbench writes itself (model picker, conversation, Stream switch): the parameter
 * form never offers them, parameters never override them, and an import maps them back to those controls. */
export const OWNED_FIELDS: ReadonlySet<string> = new Set(['model', 'messages', 'stream', 'stream_options']);
