import { BadRequestException } from '@nestjs/common';
import { PageQueryDto } from './pagination.js';
import { AppValidationPipe } from './app-validation.pipe.js';

describe('AppValidationPipe', () => {
  const query = { type: 'query' as const, metatype: PageQueryDto, data: undefined };

  it('gives a repeated query string the same result, as a copy of its own', async () => {
    const pipe = new AppValidationPipe();
    const first = (await pipe.transform({ limit: '20' }, query)) as PageQueryDto;
    const second = (await pipe.transform({ limit: '20' }, query)) as PageQueryDto;
    expect(first).toBeInstanceOf(PageQueryDto);
    expect(second).toBeInstanceOf(PageQueryDto);
    expect(second).toEqual({ limit: 20 });
    expect(second).not.toBe(first);
    first.limit = 1; // a handler that changes its query changes no later request's
    expect(await pipe.transform({ limit: '20' }, query)).toEqual({ limit: 20 });
  });

  it('refuses an invalid query every time, never remembering it', async () => {
    const pipe = new AppValidationPipe();
    for (let i = 0; i < 2; i += 1) {
      await expect(pipe.transform({ limit: '0' }, query)).rejects.toBeInstanceOf(BadRequestException);
      await expect(pipe.transform({ limit: '20', nope: '1' }, query)).rejects.toBeInstanceOf(BadRequestException);
    }
  });

  it('keeps query classes apart and validates bodies as Nest does', async () => {
    class OtherQuery extends PageQueryDto {}
    const pipe = new AppValidationPipe();
    await pipe.transform({ limit: '5' }, query);
    expect(await pipe.transform({ limit: '5' }, { ...query, metatype: OtherQuery })).toBeInstanceOf(OtherQuery);
    await expect(
      pipe.transform({ limit: 'x' }, { type: 'body', metatype: PageQueryDto, data: undefined }),
    ).rejects.toBeInstanceOf(BadRequestException);
  });
});
