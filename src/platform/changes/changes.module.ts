import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ChangeChannel } from './change-channel.js';
import { ChangeChannelHealthIndicator } from './change-channel.health.js';

/** Global: any module that changes shared state publishes on the channel, any cache subscribes to it. */
@Global()
@Module({
  imports: [TerminusModule],
  providers: [ChangeChannel, ChangeChannelHealthIndicator],
  exports: [ChangeChannel, ChangeChannelHealthIndicator],
})
export class ChangesModule {}
