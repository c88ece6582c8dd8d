/**
 * `true` when A and B are the same type, else `false`: `const ok: SameType<A, B> = true` fails to
 * compile when a schema and the interface written beside it drift apart.
 */
export type SameType<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
