import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { detectMysqlFlavour } from './mysql-flavour.js';
import { GuardRowsRepository } from './guard-rows.repository.js';
import { StorageRepository } from './storage.repository.js';
import { TransactionRunner } from './transaction-runner.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) =>
        buildDataSourceOptions(config.database, {
          migrationsRun: config.migrateOnStart,
          mysqlFlavour: config.database.kind === 'mysql' ? await detectMysqlFlavour(config.database) : undefined,
        }),
    }),
  ],
  providers: [TransactionRunner, GuardRowsRepository, StorageRepository],
  exports: [TransactionRunner, GuardRowsRepository, StorageRepository],
})
export class DatabaseModule {}
