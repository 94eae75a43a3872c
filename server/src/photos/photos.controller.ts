import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AdminOnly } from '../identity/auth.guard.js';
import { UploadedPhotoDto, UploadPhotoDto } from './dto/upload-photo.dto.js';
// Renamed for the start's sake, as in health.controller.ts.
import type { Response as ExpressResponse } from 'express';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { photoNotFound } from './photos.errors.js';
import { PhotosService } from './photos.service.js';

@ApiTags('admin')
@Controller('admin/photos')
@AdminOnly()
export class AdminPhotosController {
  constructor(private readonly service: PhotosService) {}

  @Post()
  @ApiOperation({ summary: 'Upload a wall photo (JPEG, PNG or WebP, at most 60 KB); then set it on a staff member' })
  @ApiCreatedResponse({ type: UploadedPhotoDto })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto })
  uploadPhoto(@Body() dto: UploadPhotoDto): Promise<UploadedPhotoDto> {
    return this.service.upload(dto);
  }
}

@ApiTags('photos')
@Controller('photos')
export class PhotosController {
  constructor(private readonly service: PhotosService) {}

  @Get(':id')
  @ApiOperation({ summary: 'A photo from a centre wall' })
  @ApiOkResponse({ description: 'The image bytes' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async getPhoto(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: photoNotFound })) id: string,
    @Res() response: ExpressResponse,
  ): Promise<void> {
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
