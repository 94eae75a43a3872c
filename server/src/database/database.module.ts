import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { runMigrationsUnderLock } from './migration-runner.js';
import { detectMysqlFlavour } from './mysql-flavour.js';
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
  providers: [TransactionRunner],
  exports: [TransactionRunner],
})
export class DatabaseModule {}
