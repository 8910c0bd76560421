import { EventTarget, Node } from 'linkedom';

/**
 * linkedom gives every node (element, text, attribute) its own empty listener Map, kept in a
 * WeakMap, when it is constructed: about 200 bytes a node, some 50 MB for a 5 MB page and as
 * much again for the copy the extractor makes, and a third of the parse time. The CLI only
 * reads its documents and never listens to them, so while it builds and reads one, linkedom's
 * node class constructs from Object instead of from its EventTarget. Instances keep their
 * prototype chain, so every method and `instanceof` check is unchanged.
 */

/** linkedom exports Node as a facade over its node class, which extends its EventTarget. */
const NodeClass: object | null = Object.getPrototypeOf(Node);
const canSkipListeners = typeof NodeClass === 'function' && Object.getPrototypeOf(NodeClass) === EventTarget;

/**
 * Runs `build` with nodes constructed without listener Maps. Nodes made inside it throw on
 * addEventListener; dispatchEvent and everything else works. The change is undone before
 * returning, so documents made elsewhere (the extension's tests, for one) are untouched.
 */
export function withoutListeners<T>(build: () => T): T {
  if (!canSkipListeners || !NodeClass) return build();
  // Object, not an empty class: V8 keeps the constructors of linkedom's node classes optimised.
  Object.setPrototypeOf(NodeClass, Object);
  try {
    return build();
  } finally {
    Object.setPrototypeOf(NodeClass, EventTarget);
  }
}
