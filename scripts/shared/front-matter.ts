// YAML for front matter, read and written the same way everywhere in scripts/: gray-matter's own
// js-yaml (3.x) with its core schema. The default schema turns a plain 2022-13-45 into a Date that
// rolls over to 2024-02-14, so an impossible date would pass unseen (and an import would write the
// rolled-over day back); with the core schema dates stay strings, the schema's isoDate rejects what
// is not a real day, and YYYY-MM-DD is written back unquoted.
import { createRequire } from 'node:module';

const yaml = createRequire(createRequire(import.meta.url).resolve('gray-matter'))('js-yaml') as {
  safeLoad(text: string, options: { schema: unknown }): unknown;
  CORE_SCHEMA: unknown;
};

export const parseYaml = (text: string) => yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA }) as object;

/** Options for gray-matter's matter() and matter.stringify(). */
export const YAML_ENGINE = { engines: { yaml: parseYaml } };
export const YAML_DUMP_OPTIONS = { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true };
