import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';

/** The `id` argument of a GraphQL operation: a UUID, as REST's `:id` (anything else BAD_USER_INPUT). */
export const IdArg = () =>
  Args(
    'id',
    { type: () => ID },
    new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('id must be a UUID') }),
  );
