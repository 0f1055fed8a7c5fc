/**
 * Building the page's elements. Text only ever goes in as text nodes or
 * textContent (never innerHTML), so what a person or the room sends can
 * never become markup.
 */

type Child = Node | string | null | false;

/** An element with attributes (set as attributes, so "for", "aria-*" and "data-*" work alike) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

let counter = 0;
/** A unique id for label/description links. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
