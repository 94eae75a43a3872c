import { invalidField } from '../common/errors/validation.js';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service.js';
import { centreNotFound } from '../centres/centres.errors.js';
import { CentresRepository } from '../centres/centres.repository.js';
import { assertManagesCentre } from '../common/admin-scope.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AccountsService } from '../identity/accounts.service.js';
import { IdentityRepository } from '../identity/identity.repository.js';
import { staffCentreScope, type StaffPrincipal } from '../identity/principal.js';
import type {
  AdminStaffListDto,
  AdminStaffMemberDto,
  CreateStaffDto,
  LeaveDto,
  UpdateStaffDto,
} from './dto/admin-staff.dto.js';
import type { StaffMember } from './staff-member.entity.js';
import { StaffRepository } from './staff.repository.js';
import { PhotosRepository } from '../photos/photos.repository.js';
import { single } from '../common/single.js';

const staffNotFound = () => new DomainError('STAFF_NOT_FOUND', 'No such staff member');

/** Admins manage the people of their centre (city admins: of every centre), their logins, photos and leave. */
@Injectable()
export class AdminStaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly centres: CentresRepository,
    private readonly identities: IdentityRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly photos: PhotosRepository,
  ) {}

  async list(admin: StaffPrincipal, centre?: string): Promise<AdminStaffListDto> {
    return { items: await this.describe(await this.staff.findMany(staffCentreScope(admin, centre).centreCode)) };
  }

  async create(admin: StaffPrincipal, dto: CreateStaffDto): Promise<AdminStaffMemberDto> {
    assertManagesCentre(admin, dto.centreCode);
    if (!(await this.centres.findByCode(dto.centreCode))) {
      throw centreNotFound(dto.centreCode);
    }
    if (dto.account && (await this.identities.findAccountByUsername(dto.account.username))) {
      throw invalidField('account.username', 'is already taken');
    }
    await this.assertPhotoUploaded(dto.photoId);
    const id = randomUUID();
    await this.staff.insert({
      id,
      centreCode: dto.centreCode,
      displayName: dto.displayName,
      professions: dto.professions,
      bio: dto.bio,
      photoId: dto.photoId ?? null,
      showOnWall: dto.showOnWall,
      active: true,
      wallOrder: 0,
    });
    if (dto.account) {
      await this.accounts.create({ ...dto.account, centreCode: dto.centreCode, staffMemberId: id });
    }
    await this.audit.record(admin, 'staff.change', { type: 'staff', id, centreCode: dto.centreCode });
    return this.get(admin, id);
  }

  async update(admin: StaffPrincipal, id: string, dto: UpdateStaffDto): Promise<AdminStaffMemberDto> {
    const member = await this.mustFind(admin, id);
    await this.assertPhotoUploaded(dto.photoId);
    await this.staff.update(id, dto);
    if (dto.active !== undefined && dto.active !== member.active) {
      for (const account of await this.identities.findAccountsForStaff([id])) {
        await this.accounts.setActive(account.id, dto.active);
      }
    }
    await this.audit.record(admin, 'staff.change', { type: 'staff', id, centreCode: member.centreCode });
    return this.get(admin, id);
  }

  /** A new password ends every session of that login. */
  async resetPassword(admin: StaffPrincipal, id: string, password: string): Promise<AdminStaffMemberDto> {
    const member = await this.mustFind(admin, id);
    const [account] = await this.identities.findAccountsForStaff([id]);
    if (!account) {
      throw new DomainError('STAFF_HAS_NO_LOGIN', 'This person has no login to reset');
    }
    await this.accounts.resetPassword(account.id, password);
    await this.audit.record(admin, 'password.reset', { type: 'staff', id, centreCode: member.centreCode });
    return this.get(admin, id);
  }

  async addLeave(admin: StaffPrincipal, id: string, dto: LeaveDto): Promise<AdminStaffMemberDto> {
    const member = await this.mustFind(admin, id);
    if (dto.toDate < dto.fromDate) {
      throw invalidField('toDate', 'must be on or after fromDate');
    }
    await this.staff.insertLeave({ id: randomUUID(), staffMemberId: id, fromDate: dto.fromDate, toDate: dto.toDate });
    await this.audit.record(admin, 'roster.change', { type: 'staff', id, centreCode: member.centreCode });
    return this.get(admin, id);
  }

  async removeLeave(admin: StaffPrincipal, id: string, leaveId: string): Promise<AdminStaffMemberDto> {
    const member = await this.mustFind(admin, id);
    if (!(await this.staff.deleteLeave(leaveId, id))) {
      throw new DomainError('LEAVE_NOT_FOUND', 'No such leave period');
    }
    await this.audit.record(admin, 'roster.change', { type: 'staff', id, centreCode: member.centreCode });
    return this.get(admin, id);
  }

  private async get(admin: StaffPrincipal, id: string): Promise<AdminStaffMemberDto> {
    return single(await this.describe([await this.mustFind(admin, id)]));
  }

  /** A photo is uploaded first (POST /api/admin/photos); an id that names none is her typo, not our fault. */
  private async assertPhotoUploaded(photoId: string | null | undefined): Promise<void> {
    if (photoId && !(await this.photos.exists(photoId))) {
      throw invalidField('photoId', 'names no uploaded photo; upload it first');
    }
  }

  private async mustFind(admin: StaffPrincipal, id: string): Promise<StaffMember> {
    const member = await this.staff.findOne(id, staffCentreScope(admin).centreCode);
    if (!member) {
      throw staffNotFound();
    }
    return member;
  }

  private async describe(members: StaffMember[]): Promise<AdminStaffMemberDto[]> {
    const ids = members.map((m) => m.id);
    const [accounts, leave] = await Promise.all([this.identities.findAccountsForStaff(ids), this.staff.findLeave(ids)]);
    return members.map((member) => {
      const account = accounts.find((a) => a.staffMemberId === member.id);
      return {
        id: member.id,
        centreCode: member.centreCode,
        displayName: member.displayName,
        professions: member.professions,
        bio: member.bio,
        photoUrl: member.photoId ? `/api/photos/${member.photoId}` : null,
        showOnWall: member.showOnWall,
        active: member.active,
        wallOrder: member.wallOrder,
        account: account ? { username: account.username, role: account.role, active: account.active } : null,
        leave: leave
          .filter((l) => l.staffMemberId === member.id)
          .map(({ id, fromDate, toDate }) => ({ id, fromDate, toDate })),
      };
    });
  }
}
