import { useState } from 'preact/hooks';

/**
 * A whole-number field that keeps to its range. A value out of range is brought into it and
 * one that is not a number is refused, and either way the field says so beside itself.
 */
export function NumberField(props: { label: string; value: number; min: number; max: number; step: number; onChange: (v: number) => void; disabled: boolean }) {
  const [note, setNote] = useState('');
  const { min, max } = props;
  return (
    <div class="timer-field">
      <label>
        {props.label}
        {/* No inputMode="numeric": the iOS digit pad has no minus sign, and deltas can be negative. */}
        <input
          type="number"
          class="timer-input"
          value={props.value}
          min={min}
          max={max}
          step={props.step}
          disabled={props.disabled}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const typed = input.value.trim() === '' ? NaN : Math.round(Number(input.value));
            const v = Math.min(max, Math.max(min, typed));
            if (Number.isNaN(typed)) {
              input.value = String(props.value);
              setNote(`Not a number, so it stays ${props.value}. Use ${min} to ${max}.`);
              return;
            }
            setNote(v === typed ? '' : `${min} to ${max} only, so it is set to ${v}.`);
            input.value = String(v);
            props.onChange(v);
          }}
        />
      </label>
      {/* Said once when it changes; kept out of the label so it is not part of the field's name. */}
      <span class="timer-field-note" aria-live="polite">
        {note}
      </span>
    </div>
  );
}
