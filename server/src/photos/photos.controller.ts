import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { photoNotFound } from './photos.errors.js';
import { PhotosService } from './photos.service.js';

@ApiTags('photos')
@Controller('photos')
export class PhotosController {
  constructor(private readonly service: PhotosService) {}

  @Get(':id')
  @ApiOperation({ summary: 'A photo from a centre wall' })
  @ApiOkResponse({ description: 'The image bytes' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async getPhoto(@Param('id', new ParseUUIDPipe({ exceptionFactory: photoNotFound })) id: string, @Res() response: Response): Promise<void> {
    const photo = await this.service.get(id);
    // Served from our own origin: forbid scripts (an SVG could carry one) and content sniffing.
    response
      .set({
        'Content-Type': photo.contentType,
        'Cache-Control': 'public, max-age=86400',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
      })
      .send(photo.data);
  }
}
