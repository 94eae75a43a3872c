import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner.service.js';
import { JobsRepository } from './jobs.repository.js';

@Global()
@Module({ providers: [JobsRepository, JobRunner], exports: [JobRunner] })
export class JobsModule {}
