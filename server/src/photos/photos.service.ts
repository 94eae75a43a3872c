import { Injectable } from '@nestjs/common';
import type { Photo } from './photo.entity.js';
import { photoNotFound } from './photos.errors.js';
import { PhotosRepository } from './photos.repository.js';

@Injectable()
export class PhotosService {
  constructor(private readonly photos: PhotosRepository) {}

  async get(id: string): Promise<Photo> {
    const photo = await this.photos.findById(id);
    if (!photo) {
      throw photoNotFound();
    }
    return photo;
  }
}
