import type { INestApplicationContext, Type } from '@nestjs/common';

/**
 * class-validator's container. It asks for a constraint's instance on every value it validates, and
 * for every rule, built-in ones included (each decorator is a constraint class of its own). Only the
 * constraints named here need Nest's injection; the others are built once, with no constructor
 * arguments, as class-validator's own container would. Handing class-validator a Nest module with
 * `fallbackOnErrors` instead made Nest throw, and capture a stack trace, for every other one.
 */
export class ValidatorContainer {
  private readonly instances = new Map<Type, unknown>();

  constructor(app: INestApplicationContext, injected: Type[]) {
    for (const type of injected) this.instances.set(type, app.get(type));
  }

  get<T>(type: Type<T>): T {
    let instance = this.instances.get(type) as T | undefined;
    if (instance === undefined) {
      instance = new type();
      this.instances.set(type, instance);
    }
    return instance;
  }
}
