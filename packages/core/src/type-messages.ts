// Compile errors written as sentences (as ArkType does): where a mistake is possible, a parameter's
// type becomes a string literal that names it, so the first line tsc prints says what is wrong in the
// user's words. Each is computed only on the error path: a correct call resolves the conditional
// that guards it to the argument's own type, and never evaluates these.

/** The last member of a union (the order TypeScript keeps, in practice declaration order). */
export type LastOf<U> =
  (U extends unknown ? (x: () => U) => void : never) extends (x: infer F) => void ? (F extends () => infer L ? L : never) : never;

/** Up to `Left`'s length of a union's members, `, `-joined, with `, …` when there are more. */
type Joined<U extends string, Left extends unknown[] = [0, 0, 0, 0, 0, 0], Acc extends string = ''> = [U] extends [never]
  ? Acc
  : Left extends [unknown, ...infer Rest]
    ? LastOf<U> extends infer X extends string
      ? Joined<Exclude<U, X>, Rest, Acc extends '' ? X : `${X}, ${Acc}`>
      : never
    : `${Acc}, …`;

/** Whether a union has more members than `Left`'s length. */
type MoreThan<U, Left extends unknown[]> = [U] extends [never]
  ? false
  : Left extends [unknown, ...infer Rest]
    ? MoreThan<Exclude<U, LastOf<U>>, Rest>
    : true;

/** The longest start of S that some code starts with. */
type SharedStart<S extends string, Codes extends string, Acc extends string = ''> = S extends `${infer Ch}${infer Rest}`
  ? [Extract<Codes, `${Acc}${Ch}${string}`>] extends [never]
    ? Acc
    : SharedStart<Rest, Codes, `${Acc}${Ch}`>
  : Acc;

type Tail<S extends string> = S extends `${string}${infer Rest}` ? Rest : '';

/**
 * The codes nearest to a misspelt one: the same letters but for case; else those sharing its longest
 * start whose end is the misspelt one's after the first wrong letter (one letter wrong, missing or
 * extra); else all that share that start (at least three letters of it).
 */
export type NearestCodes<S extends string, Codes extends string> = { [K in Codes]: Lowercase<K> extends Lowercase<S> ? K : never }[Codes] extends infer Same
  ? [Same] extends [never]
    ? SharedStart<S, Codes> extends infer P extends string
      ? P extends `${infer _1}${infer _2}${infer _3}${string}`
        ? S extends `${P}${infer R}`
          ? [Extract<Codes, `${P}${string}${Tail<R>}`>] extends [never]
            ? Extract<Codes, `${P}${string}`>
            : Extract<Codes, `${P}${string}${Tail<R>}`>
          : never
        : never
      : never
    : Same
  : never;

/** A union's members, `, `-joined (at most eight, then `, …`). */
export type Listed<U extends string> = Joined<U, [0, 0, 0, 0, 0, 0, 0, 0]>;

type Quoted<U extends string> = U extends unknown ? `'${U}'` : never;

/**
 * What to say of a string that is not one of `Codes`: the nearest codes, or the codes themselves when
 * they are few, or where to find them.
 */
export type NotACode<S extends string, Codes extends string, Of extends string> = NearestCodes<S, Codes> extends infer N extends string
  ? [N] extends [never]
    ? MoreThan<Codes, [0, 0, 0, 0, 0, 0, 0, 0]> extends true
      ? `'${S}' is not a code of ${Of}; its codes are in catalog.codes`
      : `'${S}' is not a code of ${Of}; its codes are ${Joined<Quoted<Codes>, [0, 0, 0, 0, 0, 0, 0, 0]>}`
    : `'${S}' is not a code of ${Of}; did you mean ${Joined<Quoted<N>, [0, 0, 0]>}?`
  : never;
