import { invalidField, validationFailed } from '../common/errors/validation.js';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CentresRepository } from '../centres/centres.repository.js';
import type { FieldError } from '../common/errors/domain-error.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { IdentityRepository } from './identity.repository.js';
import { PASSWORD_LENGTH, USERNAME_PATTERN } from '@wac/rules';
import { hashPassword } from './password.js';
import { STAFF_ROLES, type StaffRole } from './principal.js';

export interface NewAccount {
  username: string;
  password: string;
  role: StaffRole;
  centreCode: string | null;
  staffMemberId?: string | null;
}

/** Creating staff and admin logins (the production CLI now; the admin console later). */
@Injectable()
export class AccountsService {
  constructor(
    private readonly identities: IdentityRepository,
    private readonly centres: CentresRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async resetPassword(accountId: string, password: string): Promise<void> {
    await this.identities.updateAccount(accountId, { passwordHash: await hashPassword(password) });
  }

  async setActive(accountId: string, active: boolean): Promise<void> {
    await this.identities.updateAccount(accountId, { active });
  }

  async create(account: NewAccount): Promise<{ id: string }> {
    const problems: FieldError[] = [];
    if (!USERNAME_PATTERN.test(account.username)) {
      problems.push({ field: 'username', reason: '3–64 lower-case letters, digits, dots, dashes or underscores' });
    }
    if (account.password.length < PASSWORD_LENGTH.min || account.password.length > PASSWORD_LENGTH.max) {
      problems.push({
        field: 'password',
        reason: `must be ${PASSWORD_LENGTH.min}–${PASSWORD_LENGTH.max} characters`,
      });
    }
    if (!STAFF_ROLES.includes(account.role)) {
      problems.push({ field: 'role', reason: `must be one of ${STAFF_ROLES.join(', ')}` });
    } else if (
      account.role === 'city_admin'
        ? account.centreCode !== null
        : !account.centreCode || !(await this.centres.findByCode(account.centreCode))
    ) {
      problems.push({
        field: 'centreCode',
        reason: account.role === 'city_admin' ? 'a city admin has no centre' : 'must be the code of an existing centre',
      });
    }
    if (problems.length > 0) {
      throw validationFailed(problems);
    }
    const id = randomUUID();
    try {
      await this.identities.insertAccount({
        id,
        username: account.username,
        passwordHash: await hashPassword(account.password),
        role: account.role,
        centreCode: account.centreCode,
        staffMemberId: account.staffMemberId ?? null,
        active: true,
        tokenVersion: 1,
      });
    } catch (error) {
      if (this.transactions.uniqueKeyViolated(error) !== undefined) {
        throw invalidField('username', 'is already taken');
      }
      throw error;
    }
    return { id };
  }
}
