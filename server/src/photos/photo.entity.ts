import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Largest photo kept; a wall portrait needs far less, and `blob` holds 64 KiB on MySQL. */
export const MAX_PHOTO_BYTES = 60 * 1024;
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/svg+xml'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** Photos live in the database so every server process can serve them; nothing is hot-linked. */
@Entity('photo')
export class Photo {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  contentType: PhotoContentType;

  @Column({ type: 'blob' })
  data: Buffer;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
