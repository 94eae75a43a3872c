import { Injectable } from '@nestjs/common';

/** Set once, when the process has been told to stop: readiness answers 503 from then on, so traffic moves away. */
@Injectable()
export class ShutdownState {
  private drainingSince: Date | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  startDraining(): void {
    this.drainingSince ??= new Date();
  }
}
