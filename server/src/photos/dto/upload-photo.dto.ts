import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { UPLOAD_CONTENT_TYPES, type UploadContentType } from '../photo-upload.js';

export class UploadPhotoDto {
  @ApiProperty({ enum: UPLOAD_CONTENT_TYPES, enumName: 'PhotoContentType' })
  @IsIn(UPLOAD_CONTENT_TYPES, { message: `must be one of ${UPLOAD_CONTENT_TYPES.join(', ')}` })
  contentType: UploadContentType;

  @ApiProperty({ description: 'The image, base64-encoded (at most 60 KB once decoded)' })
  @IsString()
  @MaxLength(90_000)
  dataBase64: string;
}

export class UploadedPhotoDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ example: '/api/photos/5f1c…' })
  url: string;
}
