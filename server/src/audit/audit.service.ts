import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../identity/principal.js';
import type { AuditAction } from './audit-entry.entity.js';
import { AuditRepository } from './audit.repository.js';

/** Records who did something sensitive; one call per action, never the personal data itself. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(
    actor: StaffPrincipal,
    action: AuditAction,
    target: { type: string; id: string; centreCode: string | null },
  ): Promise<void> {
    return this.audit.append({
      actorAccountId: actor.accountId,
      action,
      targetType: target.type,
      targetId: target.id,
      centreCode: target.centreCode,
    });
  }
}
