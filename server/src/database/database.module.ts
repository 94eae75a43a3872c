import { Global, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { buildDataSourceOptions, limitQueryTime } from './data-source-options.js';
import { GuardRowsRepository } from './guard-rows.repository.js';
import { runMigrationsUnderLock } from './migration-runner.js';
import { detectMysqlServer } from './mysql-flavour.js';
import { DatabaseNodeState } from './node-state.js';
import { StorageRepository } from './storage.repository.js';
import { TransactionRunner } from './transaction-runner.js';

/** Once the boot migrations are done (inside the data source factory), queries get the request-time limit. */
@Injectable()
class QueryTimeLimit implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    limitQueryTime(this.dataSource, this.config.databaseTimeoutMs);
  }
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) =>
        await buildDataSourceOptions(config.database, {
          migrationsRun: config.migrateOnStart,
          mysqlServer: config.database.kind === 'mysql' ? await detectMysqlServer(config.database) : undefined,
          // A server that accepts connections but never completes the handshake is hung, not busy: give up sooner.
          connectTimeoutMs: Math.ceil(config.databaseTimeoutMs / 2),
        }),
      // TypeORM would migrate inside initialize() with no lock; the migrations run under the migration lock instead.
      dataSourceFactory: async (options) => {
        const { migrationsRun, ...rest } = options as DataSourceOptions;
        const dataSource = await new DataSource({ ...rest, migrationsRun: false }).initialize();
        if (migrationsRun) {
          await runMigrationsUnderLock(dataSource).catch(async (error: unknown) => {
            await dataSource.destroy();
            throw error;
          });
        }
        return dataSource;
      },
    }),
  ],
  providers: [TransactionRunner, GuardRowsRepository, StorageRepository, DatabaseNodeState, QueryTimeLimit],
  exports: [TransactionRunner, GuardRowsRepository, StorageRepository, DatabaseNodeState],
})
export class DatabaseModule {}
