import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The current time for every rule that depends on it (lead time, cancellation, erasure). Tests freeze it at a
 * chosen instant; nothing in production calls `freeze`.
 */
@Injectable()
export class Clock {
  private frozenAt: Date | undefined;

  now(): Date {
    return this.frozenAt ? new Date(this.frozenAt) : new Date();
  }

  freeze(at: Date | undefined): void {
    this.frozenAt = at;
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
