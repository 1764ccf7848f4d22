import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ok } from '../common/envelope.js';
import { ApiEnvelope, ApiNoContent } from '../common/openapi/api-responses.decorator.js';
import { CreatedWebhookSubscription, WebhookAttempt, WebhookSubscription } from './webhook.entity.js';
import { IdParam } from '../common/id-param.js';
import { PageQueryDto } from '../common/pagination.js';
import { Roles } from '../identity/auth.decorators.js';
import { TenantController } from '../identity/tenant-controller.decorator.js';
import { CreateWebhookDto } from './dto/create-webhook.dto.js';
import { UpdateWebhookDto } from './dto/update-webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';

/** Webhook subscriptions of the current tenant; admins only. */
@TenantController('webhooks')
@Roles('admin')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiEnvelope(CreatedWebhookSubscription, { status: 201, message: true })
  async create(@Body() dto: CreateWebhookDto) {
    return ok(await this.webhooks.create(dto), {
      message: 'Store the secret now: it is not shown again',
    });
  }

  @Get()
  @ApiEnvelope(WebhookSubscription, { list: true })
  async list(@Query() query: PageQueryDto) {
    const page = await this.webhooks.list(query.limit, query.cursor);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  @ApiEnvelope(WebhookSubscription)
  async get(@IdParam() id: string) {
    return ok(await this.webhooks.get(id));
  }

  @Patch(':id')
  @ApiEnvelope(WebhookSubscription)
  async update(@IdParam() id: string, @Body() dto: UpdateWebhookDto) {
    return ok(await this.webhooks.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContent()
  async remove(@IdParam() id: string): Promise<void> {
    await this.webhooks.remove(id);
  }

  @Get(':id/deliveries')
  @ApiEnvelope(WebhookAttempt, { list: true, description: 'Delivery attempts, newest first' })
  async deliveries(@IdParam() id: string, @Query() query: PageQueryDto) {
    const page = await this.webhooks.deliveries(id, query.limit, query.cursor);
    return ok(page.data, { meta: page.meta });
  }
}
