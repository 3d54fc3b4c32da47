// The help of each command: what `--help` prints.

export const MAIN = `errs: your errs catalog's checks and documents, as every errs vendor package ships them.

Usage: errs <command> <module>[#export] [options]

Commands:
  verify   run verifyCatalog (the contract every errs catalog passes) on the module's catalogs
  openapi  the OpenAPI 3.1 document of its error responses (openapi.json)
  schema   the JSON Schema of its error body (envelope.schema.json)
  docs     the markdown table of its codes (for a README)

<module> is a .js, .mjs, .cjs or .ts file (TypeScript is loaded with tsx). Without #export,
every catalog the module exports is taken (openapi, schema and docs need exactly one).

Options:
  -h, --help     this help; \`errs <command> --help\` for a command's
  -v, --version  the version of @errs/cli

Exit codes: 0 done; 1 a check failed (verify, or --check found a file out of date);
2 a usage error (unknown option, a module that cannot be loaded or exports no catalog).
`;

const OUT = `  --out FILE     write to FILE instead of printing
  --check        with --out: write nothing, exit 1 when FILE is not what would be written (CI)`;

export const COMMANDS: Readonly<Record<string, string>> = {
  verify: `errs verify <module>[#export] [options]

Runs verifyCatalog of @errs/core/testing on each catalog of the module, prints each failure
sentence, and exits 1 on any (0 when every catalog passes).

Options:
  --no-fuzz      only the deterministic checks (no fast-check needed)
  --seed N       fast-check's seed (default: verifyCatalog's, the same verdict on every run)
  --options MODULE  verifyCatalog's options (detailParent, params, foreignBodies, ...): an object
                 a module exports (MODULE#export, default export "verifyOptions")
  -h, --help     this help

Example:
  errs verify ./src/catalog.ts#acme
`,
  openapi: `errs openapi <module>[#export] [options]

Prints the OpenAPI 3.1 document of the catalog's error responses (toOpenAPI of @errs/core/openapi):
the body's schema, a schema per code, and one response per status with an example per code.

Options:
${OUT}
  --title TEXT   info.title (default: "<vendor> error responses")
  --version V    info.version (default: the version in the nearest package.json, else 0.0.0)
  --server URL   a server of the document (repeatable)
  --package NAME the npm package that ships the document, named in its texts
  --docs MODULE  the catalog's documentation texts (an ErrorDocs object; MODULE#export, default export "docs")
  --no-union     each response's schema the envelope's, without the per-code union
  --options MODULE  verify's options object (MODULE#export, default export "verifyOptions"): its
                 params give the examples of codes whose schema has no example of its own
  -h, --help     this help

Example:
  errs openapi ./src/catalog.ts --out openapi.json
  errs openapi ./src/catalog.ts --out openapi.json --check
`,
  schema: `errs schema <module>[#export] [options]

Prints the JSON Schema (draft 2020-12) of the catalog's error body (toJSONSchema of @errs/core/openapi).

Options:
${OUT}
  --id URL       the schema's $id
  --package NAME the npm package that ships the schema (its $id defaults to the file on unpkg)
  -h, --help     this help

Example:
  errs schema ./src/catalog.ts --out envelope.schema.json
`,
  docs: `errs docs <module>[#export] [options]

Prints the markdown table of the catalog's codes (toMarkdown of @errs/core/openapi). With --out, a
file holding the markers <!-- codes:start --> and <!-- codes:end --> (a README) gets only the part
between them replaced; any other file is written whole.

Options:
${OUT}
  --docs MODULE  the catalog's documentation texts (an ErrorDocs object; MODULE#export, default export "docs")
  -h, --help     this help

Example:
  errs docs ./src/catalog.ts --out README.md --check
`,
};
