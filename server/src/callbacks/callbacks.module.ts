import { Module } from '@nestjs/common';
import { CentresModule } from '../centres/centres.module.js';
import { CallbacksController } from './callbacks.controller.js';
import { CallbacksRepository } from './callbacks.repository.js';
import { CallbacksService } from './callbacks.service.js';
import { StaffCallbacksController } from './staff-callbacks.controller.js';

@Module({
  imports: [CentresModule],
  controllers: [CallbacksController, StaffCallbacksController],
  providers: [CallbacksService, CallbacksRepository],
  exports: [CallbacksService, CallbacksRepository],
})
export class CallbacksModule {}
