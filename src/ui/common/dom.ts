/** What an element may contain: nodes and text; `null`, `undefined` and `false` are skipped. */
export type Child = Node | string | null | undefined | false;

/** Attributes (`true` sets an empty one, `false` and `undefined` leave it out) and event handlers. */
export interface Props {
  readonly [attribute: string]: string | number | boolean | undefined | EventHandlers;
}

/** Event handlers by event name, under the `on` prop. */
export interface EventHandlers {
  readonly [event: string]: (event: Event) => void;
}

/**
 * Makes an element with attributes, handlers (`on: { click }`) and children: the workbench's only way
 * of building DOM, so that views read like the page they draw.
 * @example
 * // In the page (the doctest runs it on a minimal stand-in for `document`):
 * const button = h("button", { type: "button", on: { click: () => undefined } }, "Run");
 * button.textContent
 * // → "Run"
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: Props = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "on" && typeof value === "object") {
      for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    } else if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children (text, nodes, arrays of them) to `parent`, skipping empty ones. */
export function append(parent: Node, ...children: (Child | readonly Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces the children of `parent`. */
export function replaceChildren(parent: Element, ...children: (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

let nextId = 0;

/** A page-unique id for tying a `<label>` or message to its input. */
export function uniqueId(prefix: string): string {
  nextId++;
  return `${prefix}-${nextId}`;
}
