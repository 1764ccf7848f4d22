import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { decodeCursor, toPage } from '../common/pagination.js';
import type { Env } from '../config/env.validation.js';
import type { CreateWebhookDto } from './dto/create-webhook.dto.js';
import type { UpdateWebhookDto } from './dto/update-webhook.dto.js';
import { BlockedUrlError, parseAllowedHosts, resolveWebhookTarget } from './ssrf-guard.js';
import { newWebhookSecret } from './webhook-signer.js';
import type { WebhookSubscription } from './webhook.entity.js';
import { WebhooksRepository } from './webhooks.repository.js';

const NOT_FOUND = 'Webhook subscription not found';

@Injectable()
export class WebhooksService {
  readonly allowedHosts: ReadonlySet<string>;

  constructor(
    private readonly repository: WebhooksRepository,
    config: ConfigService<Env, true>,
  ) {
    this.allowedHosts = parseAllowedHosts(config.get('WEBHOOK_ALLOWED_HOSTS', { infer: true }));
  }

  /** The secret is returned here and never again. */
  async create(dto: CreateWebhookDto): Promise<WebhookSubscription & { secret: string }> {
    await this.checkUrl(dto.url);
    return this.repository.create(dto, newWebhookSecret());
  }

  async list(limit: number, cursor?: string) {
    return toPage(await this.repository.list(limit + 1, cursor ? decodeCursor(cursor) : undefined), limit);
  }

  async get(id: string): Promise<WebhookSubscription> {
    const found = await this.repository.findById(id);
    if (!found) throw new NotFoundException(NOT_FOUND);
    return found;
  }

  async update(id: string, dto: UpdateWebhookDto): Promise<WebhookSubscription> {
    if (dto.url !== undefined) await this.checkUrl(dto.url);
    const updated = await this.repository.update(id, dto);
    if (!updated) throw new NotFoundException(NOT_FOUND);
    return updated;
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repository.remove(id))) throw new NotFoundException(NOT_FOUND);
  }

  async deliveries(id: string, limit: number, cursor?: string) {
    await this.get(id);
    const after = cursor ? decodeCursor(cursor) : undefined;
    return toPage(await this.repository.listAttempts(id, limit + 1, after), limit);
  }

  /** Refused early for a clear 400; checked again at each delivery, since DNS answers change. */
  private async checkUrl(url: string): Promise<void> {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) throw new BadRequestException('url must not contain credentials');
    try {
      await resolveWebhookTarget(parsed, this.allowedHosts);
    } catch (err) {
      if (err instanceof BlockedUrlError) throw new BadRequestException(err.message);
      throw err;
    }
  }
}
