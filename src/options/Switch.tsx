interface Props {
  checked: boolean;
  label: string;
  hint: string;
  /** The hint's element id, which the checkbox points at for screen readers. */
  hintId: string;
  onChange: (on: boolean) => void;
}

/** An on/off setting: a labelled checkbox drawn as a switch, with its hint below. */
export function Switch({ checked, label, hint, hintId, onChange }: Props) {
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        {label}
      </label>
      <p id={hintId} class="hint">
        {hint}
      </p>
    </>
  );
}
