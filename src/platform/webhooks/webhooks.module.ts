import { Module } from '@nestjs/common';
import { WebhookDeliveryJob } from './webhook-delivery.job.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksRepository } from './webhooks.repository.js';
import { WebhooksService } from './webhooks.service.js';

@Module({
  controllers: [WebhooksController],
  providers: [WebhooksRepository, WebhooksService, WebhookDeliveryJob],
  exports: [WebhookDeliveryJob],
})
export class WebhooksModule {}
