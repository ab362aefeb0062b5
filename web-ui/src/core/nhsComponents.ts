// The NHS design system's own JavaScript (nhsuk-frontend) for the components
// whose behaviour we would otherwise write ourselves: the header's "More"
// menu, radios' and checkboxes' conditional reveal, and the error summary
// (focus on showing, its links moving to the field's legend or label).
// Pages are drawn into the document at any time, so a MutationObserver starts
// each component when its element (marked data-module="nhsuk-...") arrives.

import { Checkboxes, ErrorSummary, Header, Radios } from 'nhsuk-frontend';

type Component = Header | Radios | Checkboxes | ErrorSummary;

const MODULES: Array<[string, new (root: HTMLElement) => Component]> = [
  ['nhsuk-header', Header],
  ['nhsuk-radios', Radios],
  ['nhsuk-checkboxes', Checkboxes],
  ['nhsuk-error-summary', ErrorSummary],
];

const started = new WeakMap<Element, Component>();

/** Starts the components in `root` (itself included) that are not started yet. */
export function startComponents(root: Element): void {
  for (const [name, Module] of MODULES) {
    const found = [...root.querySelectorAll<HTMLElement>(`[data-module="${name}"]`)];
    if (root.getAttribute('data-module') === name) found.unshift(root as HTMLElement);
    for (const element of found) {
      if (started.has(element) || !element.isConnected) continue;
      try {
        started.set(element, new Module(element));
      } catch (error) {
        // A component that cannot start leaves the page usable without it.
        console.error(error);
      }
    }
  }
}

/** The started component of an element, if any. */
export function componentOf(element: Element): Component | undefined {
  return started.get(element);
}

/** Starts the components now and whenever new ones are added to the document. */
export function watchComponents(root: HTMLElement = document.body): MutationObserver {
  startComponents(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) startComponents(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
