import { Global, Module } from '@nestjs/common';
import { CentresModule } from '../centres/centres.module.js';
import { AccountsService } from './accounts.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { IdentityRepository } from './identity.repository.js';
import { StaffMeController } from './staff-me.controller.js';
import { StaffWechatService } from './staff-wechat.service.js';
import { TokenService } from './token.service.js';
import { WechatAdapter } from './wechat/wechat.adapter.js';

@Global()
@Module({
  imports: [CentresModule],
  controllers: [AuthController, StaffMeController],
  providers: [
    AccountsService,
    AuthService,
    AuthGuard,
    IdentityRepository,
    TokenService,
    WechatAdapter,
    StaffWechatService,
  ],
  exports: [AccountsService, AuthService, AuthGuard, IdentityRepository, WechatAdapter],
})
export class IdentityModule {}
