import type * as z4 from 'zod/v4/core';

/**
 * What the example builder and the arbitraries read of a zod schema's definition (zod's internal
 * `_zod.def`, the same for zod classic and zod/mini): one reader for both, so that a zod upgrade
 * that moves a field is mended in one place.
 */
export interface ZodDef {
  type: string;
  format?: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  innerType?: z4.$ZodType;
  element?: z4.$ZodType;
  shape?: Record<string, z4.$ZodType>;
  options?: z4.$ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z4.$ZodType;
  valueType?: z4.$ZodType;
  in?: z4.$ZodType;
}

/** A schema's definition, as {@link ZodDef} reads it. */
export const defOf = (schema: z4.$ZodType): ZodDef => schema._zod.def as unknown as ZodDef;
