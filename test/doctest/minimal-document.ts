/** A node of {@link minimalDocument}: enough of the DOM for the page's element builders. */
interface MinimalNode {
  readonly tagName?: string;
  readonly childNodes: MinimalNode[];
  readonly text?: string;
  readonly textContent: string;
}

/**
 * A stand-in for the browser's `document` with what `src/ui/common/dom.ts` uses: elements with attributes,
 * listeners and children, and text nodes. Not a DOM: just enough to run its examples in Node.
 */
export function minimalDocument() {
  const textNode = (text: string): MinimalNode => ({ childNodes: [], text, textContent: text });
  const element = (tag: string) => {
    const attributes = new Map<string, string>();
    const listeners = new Map<string, ((event: unknown) => void)[]>();
    const node = {
      tagName: tag.toUpperCase(),
      childNodes: [] as MinimalNode[],
      get textContent(): string {
        return node.childNodes.map((child) => child.textContent).join("");
      },
      setAttribute: (name: string, value: string) => void attributes.set(name, value),
      getAttribute: (name: string) => attributes.get(name) ?? null,
      addEventListener: (event: string, handler: (event: unknown) => void) =>
        void listeners.set(event, [...(listeners.get(event) ?? []), handler]),
      dispatch: (event: string) => listeners.get(event)?.forEach((handler) => handler({ type: event })),
      appendChild: (child: MinimalNode) => (node.childNodes.push(child), child),
      replaceChildren: () => void node.childNodes.splice(0),
    };
    return node;
  };
  return { createElement: element, createTextNode: textNode };
}
