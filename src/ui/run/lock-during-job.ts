/**
 * Locks (or unlocks) the scenario's and the run's fields while a job runs, so results always match what
 * ran: every fieldset and form control inside `[data-lock]` containers under `root` is disabled.
 * Controls outside them (Cancel, the tabs, the language) stay usable. Idempotent and cheap, so it may
 * be called on every state change (it also catches fields drawn during a run).
 */
export function lockDuringJob(root: ParentNode, locked: boolean): void {
  for (const element of root.querySelectorAll<HTMLFieldSetElement | HTMLInputElement | HTMLSelectElement>(
    "[data-lock] fieldset, [data-lock] input, [data-lock] select",
  )) {
    if (element.disabled !== locked && !element.hasAttribute("data-keep-disabled")) element.disabled = locked;
  }
  for (const container of root.querySelectorAll("[data-lock]"))
    container.toggleAttribute("aria-busy", locked);
}
