import { Controller, Delete } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentWoman, WomenOnly } from '../identity/auth.guard.js';
import type { WomanPrincipal } from '../identity/principal.js';
import { ErasureSummaryDto } from './erasure.dto.js';
import { PrivacyService } from './privacy.service.js';

@ApiTags('privacy')
@Controller('me')
@WomenOnly()
export class PrivacyController {
  constructor(private readonly service: PrivacyService) {}

  @Delete()
  @ApiOperation({
    summary:
      'Erase everything of hers: bookings cancelled, requests withdrawn, numbers and words erased, identity forgotten',
  })
  @ApiOkResponse({ type: ErasureSummaryDto })
  eraseMyData(@CurrentWoman() woman: WomanPrincipal): Promise<ErasureSummaryDto> {
    return this.service.eraseMe(woman);
  }
}
