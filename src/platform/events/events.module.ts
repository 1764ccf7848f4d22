import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { EventBus } from './event-bus.js';
import { EventDispatcher } from './event-dispatcher.js';
import { EventsGateway } from './events.gateway.js';
import { LiveListenersRepository } from './live-listeners.repository.js';
import { SocketAuthenticator } from './socket-auth.js';

/** Turns committed changes (audit rows) into webhook deliveries and real-time messages. */
@Module({
  imports: [WebhooksModule],
  providers: [EventBus, EventDispatcher, EventsGateway, LiveListenersRepository, SocketAuthenticator],
  exports: [EventBus, EventsGateway],
})
export class EventsModule {}
