import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Secrets } from '../common/crypto/secrets.js';
import { JobRunner } from '../jobs/job-runner.service.js';
import { SEALED_COLUMNS, SealedFieldsRepository, type SealedColumn } from './sealed-fields.repository.js';

/** Sealed values look like `v1.<iv>.<tag>.<ciphertext>`; anything else in these columns is from before sealing. */
const SEALED = /^v1\.[\w-]+\.[\w-]+\.[\w-]*$/;
const SEAL_EVERY_MS = 60 * 60 * 1000;

export interface SealingResult {
  column: string;
  /** Plain text from before the column was encrypted, now encrypted. */
  sealed: number;
  /** Values encrypted with the previous secret, now with the current one. */
  resealed: number;
}

/**
 * Keeps every encrypted column readable with the current secret only: seals plain text written before a column was
 * encrypted (a job, soon after an upgrade), and after a secret rotation (`cli/rotate-secret`) re-encrypts what the
 * previous secret sealed and re-hashes the identifiers found by it. Safe to run in several processes at once.
 */
@Injectable()
export class FieldSealingService implements OnModuleInit {
  constructor(
    private readonly fields: SealedFieldsRepository,
    private readonly secrets: Secrets,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'privacy.seal-fields',
      schedule: { everyMs: SEAL_EVERY_MS },
      run: async () => (await this.sealAll()).reduce((sum, r) => sum + r.sealed + r.resealed, 0),
    });
  }

  async sealAll(): Promise<SealingResult[]> {
    const results: SealingResult[] = [];
    for (const sealed of SEALED_COLUMNS) {
      results.push(await this.sealColumn(sealed));
    }
    return results;
  }

  private async sealColumn(sealed: SealedColumn): Promise<SealingResult> {
    const result = { column: sealed.name, sealed: 0, resealed: 0 };
    for (let afterId = ''; ; ) {
      const rows = await this.fields.findBatch(sealed, afterId);
      for (const row of rows) {
        const legacy = !SEALED.test(row.value);
        if (!legacy && this.secrets.sealedWithCurrent(row.value) && !this.hashIsStale(sealed, row)) {
          continue;
        }
        const plain = legacy ? row.value : this.secrets.decrypt(row.value);
        const hash = 'hash' in sealed ? this.secrets.identifier(sealed.hash.purpose, plain) : undefined;
        if (await this.fields.replace(sealed, row, this.secrets.encrypt(plain), hash)) {
          result[legacy ? 'sealed' : 'resealed'] += 1;
        }
      }
      const last = rows.at(-1);
      if (!last) {
        return result;
      }
      afterId = last.id;
    }
  }

  private hashIsStale(sealed: SealedColumn, row: { value: string; hash?: string | null }): boolean {
    return (
      'hash' in sealed && row.hash !== this.secrets.identifier(sealed.hash.purpose, this.secrets.decrypt(row.value))
    );
  }
}
