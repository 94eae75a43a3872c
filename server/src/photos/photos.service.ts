import { validationFailed } from '../common/errors/validation.js';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../common/errors/domain-error.js';
import type { UploadedPhotoDto, UploadPhotoDto } from './dto/upload-photo.dto.js';
import { checkPhotoUpload } from './photo-upload.js';
import type { Photo } from './photo.entity.js';
import { photoNotFound } from './photos.errors.js';
import { PhotosRepository } from './photos.repository.js';

@Injectable()
export class PhotosService {
  constructor(private readonly photos: PhotosRepository) {}

  async upload(dto: UploadPhotoDto): Promise<UploadedPhotoDto> {
    const checked = checkPhotoUpload(dto.contentType, dto.dataBase64);
    if ('reason' in checked) {
      const fields = [{ field: checked.field, reason: checked.reason }];
      throw checked.tooLarge
        ? new DomainError('PAYLOAD_TOO_LARGE', `The photo ${checked.reason}`, fields)
        : validationFailed(fields);
    }
    const id = randomUUID();
    await this.photos.insert({ id, contentType: dto.contentType, data: checked.data });
    return { id, url: `/api/photos/${id}` };
  }

  async get(id: string): Promise<Photo> {
    const photo = await this.photos.findById(id);
    if (!photo) {
      throw photoNotFound();
    }
    return photo;
  }
}
