/** The parts of Frictionless's JavaScript libraries (datapackage 1.x, tableschema 1.x) the tests use. */
declare module "datapackage" {
  export interface ReadOptions {
    keyed?: boolean;
    cast?: boolean;
    relations?: boolean;
  }
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    read(options?: ReadOptions): Promise<unknown[]>;
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
  }
}
