import { Module } from '@nestjs/common';
import { CentresModule } from '../centres/centres.module.js';
import { RecordsController } from './records.controller.js';
import { RecordsRepository } from './records.repository.js';
import { RecordsService } from './records.service.js';

@Module({
  imports: [CentresModule],
  controllers: [RecordsController],
  providers: [RecordsService, RecordsRepository],
  exports: [RecordsRepository],
})
export class RecordsModule {}
