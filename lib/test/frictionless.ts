/**
 * Reads a data package as Frictionless's own JavaScript library does (datapackage 1.x with tableschema):
 * the descriptor must validate, and every resource must read with its values cast to their types and
 * formats and its foreign keys resolved. Throws naming the resource and the first rows that fail.
 */
import { Package } from "datapackage";

export interface PackageRead {
  /** Rows of each resource, keyed by field name, with relations resolved to the rows they point to. */
  rows: Record<string, Record<string, unknown>[]>;
  foreignKeys: { resource: string; field: string; target: string }[];
}

interface SchemaWithKeys {
  foreignKeys?: { fields: string; reference: { resource: string } }[];
}

export async function readPackage(descriptor: string): Promise<PackageRead> {
  const pkg = await Package.load(descriptor);
  if (!pkg.valid) throw new Error(`datapackage.json is not valid: ${pkg.errors.map(String).join("; ")}`);
  const rows: PackageRead["rows"] = {};
  const foreignKeys: PackageRead["foreignKeys"] = [];
  for (const resource of pkg.resources) {
    if (!resource.valid) throw new Error(`${resource.name}: ${resource.errors.map(String).join("; ")}`);
    try {
      const read = await resource.read({ keyed: true, cast: true, relations: true });
      rows[resource.name] = read.filter(
        (r): r is Record<string, unknown> => typeof r === "object" && r !== null,
      );
    } catch (error) {
      const details = error instanceof Error && "errors" in error ? error.errors : [];
      const first = Array.isArray(details) ? details.slice(0, 3).map(String).join("; ") : "";
      throw new Error(`${resource.name}: ${String(error)} ${first}`);
    }
    const schema: SchemaWithKeys = resource.descriptor.schema ?? {};
    for (const fk of schema.foreignKeys ?? [])
      foreignKeys.push({ resource: resource.name, field: fk.fields, target: fk.reference.resource });
  }
  return { rows, foreignKeys };
}
