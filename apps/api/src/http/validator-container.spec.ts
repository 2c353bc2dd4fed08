import type { INestApplicationContext } from '@nestjs/common';
import { ValidatorContainer } from './validator-container';

class Injected {
  constructor(readonly dependency: string) {}
}

class Plain {}

describe('ValidatorContainer', () => {
  const injected = new Injected('from Nest');
  const asked: unknown[] = [];
  const app = {
    get: (type: unknown) => {
      asked.push(type);
      return injected;
    },
  } as unknown as INestApplicationContext;
  const container = new ValidatorContainer(app, [Injected]);

  it('gives the application’s instance of a constraint that needs injection', () => {
    expect(container.get(Injected)).toBe(injected);
  });

  it('builds any other class once, without asking the application', () => {
    const plain = container.get(Plain);
    expect(plain).toBeInstanceOf(Plain);
    expect(container.get(Plain)).toBe(plain);
    expect(asked).toEqual([Injected]);
  });
});
