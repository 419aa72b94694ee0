import type { ReactNode } from 'react';

interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The label: the switch's accessible name. */
  children: ReactNode;
  className?: string;
}

/** An on/off setting: a checkbox announced as a switch (role and aria-checked kept together), with its label. */
export function Switch({ checked, onChange, children, className = '' }: SwitchProps) {
  return (
    <label className={`flex items-center gap-2 ${className}`}>
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {children}
    </label>
  );
}
