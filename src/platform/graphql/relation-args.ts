import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** A to-many relation's page size (`organization { contacts(limit: 10) }`): each parent's newest rows, 1-200. */
@ArgsType()
export class RelationArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}
