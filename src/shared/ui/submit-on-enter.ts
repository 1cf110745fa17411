/**
 * Submits the form of a `<select>` on Enter. Browsers submit a form on Enter
 * in a text field but not in a list, and a person filling the form with the
 * keyboard expects the same of every field. While the list is open, Enter
 * picks an option instead: the open list takes the key.
 */
export function submitOnEnter(event: KeyboardEvent & { currentTarget: HTMLSelectElement }): void {
  if (event.key !== 'Enter' || event.isComposing) return;

  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
