import { jest } from '@jest/globals';
import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { StaticMetadataReflector } from './static-metadata.reflector.js';

describe('StaticMetadataReflector', () => {
  @SetMetadata('limit', 5)
  class Controller {
    @SetMetadata('limit', 1)
    narrow() {}

    wide() {}
  }
  const { narrow, wide } = Controller.prototype;

  it("answers as Nest's Reflector does: the handler's value, else the class's, else undefined", () => {
    const nest = new Reflector();
    const ours = new StaticMetadataReflector();
    for (const reflector of [nest, ours]) {
      expect(reflector.getAllAndOverride('limit', [narrow, Controller])).toBe(1);
      expect(reflector.getAllAndOverride('limit', [wide, Controller])).toBe(5);
      expect(reflector.getAllAndOverride('missing', [wide, Controller])).toBeUndefined();
    }
  });

  it('reads each key of each route once', () => {
    const ours = new StaticMetadataReflector();
    const read = jest.spyOn(Reflector.prototype, 'getAllAndOverride');
    try {
      for (let i = 0; i < 3; i += 1) {
        ours.getAllAndOverride('limit', [narrow, Controller]);
        ours.getAllAndOverride('missing', [narrow, Controller]);
      }
      expect(read).toHaveBeenCalledTimes(2);
    } finally {
      read.mockRestore();
    }
  });
});
