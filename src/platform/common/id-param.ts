import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/** `:id` as a UUID, lower-cased; anything else is a 400. The OpenAPI document shows it as a uuid path parameter. */
export const IdParam = (): ParameterDecorator => (target, key, index) => {
  Param('id', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('id must be a UUID') }))(
    target,
    key,
    index,
  );
  if (key === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor) ApiParam({ name: 'id', schema: { type: 'string', format: 'uuid' } })(target, key, descriptor);
};
