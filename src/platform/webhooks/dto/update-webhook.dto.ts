import { PartialType } from '@nestjs/mapped-types';
import { CreateWebhookDto } from './create-webhook.dto.js';

/** Any of url, events, active. Saving a failing subscription makes it healthy again (deliveries resume). */
export class UpdateWebhookDto extends PartialType(CreateWebhookDto) {}
