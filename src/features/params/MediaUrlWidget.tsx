// A string parameter with Oxen's `renderType` image-url / video-url / audio-url: a URL textbox (named by the
// field's label, and validated like any `format: uri` field), an upload that turns a file into a data: URL in
// the same value, a Clear button and a preview. The request carries whichever the user gave.

import type { WidgetProps } from '@rjsf/utils';
import { useState } from 'react';
import { Button } from '@/ui';
import { BaseInput } from './BaseInput';
import { MediaPreview } from './MediaPreview';
import { acceptOf, type MediaFieldKind, uploadProblem } from './mediaField';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

export function MediaUrlWidget(props: WidgetProps & { kind: MediaFieldKind }) {
  const { kind, id, value, disabled, readonly, onChange, options } = props;
  const label = props.label || props.name;
  const [problem, setProblem] = useState<string | null>(null);
  const locked = Boolean(disabled || readonly);
  const empty = value === undefined || value === null || value === '';

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const why = uploadProblem(file, kind);
    setProblem(why);
    if (why) return;
    try {
      onChange(await readAsDataUrl(file));
    } catch (error) {
      setProblem(`Could not read the file: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="space-y-1">
      <BaseInput {...props} type="url" />
      <div className="flex flex-wrap items-center gap-2">
        {/* The file input itself is the control (visually hidden inside a button-looking label), so keyboard
            and screen-reader users reach a real "Upload …" file chooser. */}
        <label
          className={`inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 focus-within:outline-2 focus-within:outline-brand-500 hover:bg-slate-100 ${locked ? 'pointer-events-none opacity-50' : ''}`}
        >
          Upload {label}
          <input
            type="file"
            accept={acceptOf(kind)}
            aria-label={`Upload ${label}`}
            disabled={locked}
            className="sr-only"
            onChange={(e) => {
              void upload(e.target.files?.[0]);
              // The same file chosen again must fire a change too.
              e.target.value = '';
            }}
          />
        </label>
        <Button
          size="sm"
          variant="ghost"
          disabled={locked || empty}
          aria-label={`Clear ${label}`}
          onClick={() => {
            setProblem(null);
            onChange(options.emptyValue);
          }}
        >
          Clear
        </Button>
      </div>
      {problem && (
        <p role="alert" id={`${id}-upload-problem`} className="text-xs text-rose-700">
          {problem}
        </p>
      )}
      <MediaPreview value={value} kind={kind} label={label} />
    </div>
  );
}
