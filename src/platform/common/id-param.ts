import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** `:id` as a UUID, lower-cased; anything else is a 400. */
export const IdParam = () =>
  Param('id', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('id must be a UUID') }));
