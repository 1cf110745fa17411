/**
 * Submits the form of a `<select>` or a radio button on Enter. Browsers submit a form on Enter
 * in a text field but not in a list or a radio group, and a person filling the form with the
 * keyboard expects the same of every field. While a list is open, Enter picks an option
 * instead: the open list takes the key.
 */
export function submitOnEnter(
  event: KeyboardEvent & { currentTarget: HTMLSelectElement | HTMLInputElement },
): void {
  if (event.key !== 'Enter' || event.isComposing) return;

  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
