import { Global, Module } from '@nestjs/common';
import { AdminChannelsController } from './admin-channels.controller.js';
import { CentreChannelsService } from './centre-channels.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { WecomAdapter } from './wecom.adapter.js';

@Global()
@Module({
  controllers: [AdminChannelsController],
  providers: [NotificationsRepository, NotificationsService, WecomAdapter, CentreChannelsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
