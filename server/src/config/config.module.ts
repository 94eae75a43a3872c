import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config.js';

/** Injection token for the validated configuration; nothing outside `config/` reads `process.env`. */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig) {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
