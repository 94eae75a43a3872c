import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Photo } from './photo.entity.js';

@Injectable()
export class PhotosRepository {
  constructor(@InjectRepository(Photo) private readonly photos: Repository<Photo>) {}

  findById(id: string): Promise<Photo | null> {
    return this.photos.findOneBy({ id });
  }

  exists(id: string): Promise<boolean> {
    return this.photos.existsBy({ id });
  }

  async insert(photo: Omit<Photo, 'createdAt'>): Promise<void> {
    await this.photos.insert(photo);
  }
}
