import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { Trim } from '../../common/dto-transforms.js';
import { isSubscribableEvent } from '../webhook-events.js';

@ValidatorConstraint({ name: 'webhookEvents' })
class WebhookEventsConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return Array.isArray(value) && value.every((v) => typeof v === 'string' && isSubscribableEvent(v));
  }

  defaultMessage(): string {
    return 'events must be event types such as contact.created, lead.updated, task.deleted or lead.status_changed';
  }
}

/** Shared with UpdateWebhookDto, where `url` may be left out but never be null. */
export const WebhookUrlRules = () =>
  applyDecorators(
    Trim(),
    IsString(),
    MaxLength(2000),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true, require_tld: false, allow_underscores: true },
      { message: 'url must be an http or https URL' },
    ),
  );

export class CreateWebhookDto {
  @WebhookUrlRules()
  url!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Validate(WebhookEventsConstraint)
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value))
  events!: string[];

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
