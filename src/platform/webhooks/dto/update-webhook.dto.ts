import { OmitType, PartialType } from '@nestjs/mapped-types';
import { OptionalNotNull } from '../../common/dto-validators.js';
import { CreateWebhookDto, WebhookUrlRules } from './create-webhook.dto.js';

/** Any of url, events, active. Saving a failing subscription makes it healthy again (deliveries resume). */
export class UpdateWebhookDto extends PartialType(OmitType(CreateWebhookDto, ['url'] as const)) {
  // `null` is validated (a 400), not skipped: the service would otherwise parse a null URL.
  @OptionalNotNull()
  @WebhookUrlRules()
  url?: string;
}
