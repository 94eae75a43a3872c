import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { AuthService } from './auth.service.js';
import type { Principal, StaffPrincipal, StaffRole, WomanPrincipal } from './principal.js';

interface Requirement {
  audience: 'woman' | 'staff';
  roles: readonly StaffRole[];
}

const REQUIREMENT = 'wac:auth-requirement';
type AuthenticatedRequest = Request & { principal?: Principal };

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.getAllAndOverride<Requirement | undefined>(REQUIREMENT, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!requirement) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.auth.authenticate(request.header('authorization'));
    this.auth.assertAudience(principal, requirement.audience, requirement.roles);
    request.principal = principal;
    return true;
  }
}

/** Only women (WeChat or H5 guest sessions) may call this. */
export const WomenOnly = () => authenticated({ audience: 'woman', roles: [] });

/** Only staff accounts, optionally only some roles (none given: every staff role). */
export const StaffOnly = (...roles: StaffRole[]) => authenticated({ audience: 'staff', roles });

/** Centre admins (their centre) and city admins (every centre). */
export const AdminOnly = () => StaffOnly('centre_admin', 'city_admin');

function authenticated(requirement: Requirement) {
  return applyDecorators(
    SetMetadata(REQUIREMENT, requirement),
    UseGuards(AuthGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorResponseDto }),
    ApiForbiddenResponse({ type: ErrorResponseDto }),
  );
}

export const CurrentWoman = createParamDecorator((_data: unknown, context: ExecutionContext): WomanPrincipal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (principal?.kind !== 'woman') {
    throw new Error('CurrentWoman used on a route without @WomenOnly()');
  }
  return principal;
});

export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffPrincipal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (principal?.kind !== 'staff') {
    throw new Error('CurrentStaff used on a route without @StaffOnly()');
  }
  return principal;
});
