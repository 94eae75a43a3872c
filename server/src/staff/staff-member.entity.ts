import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { Profession } from '@wac/rules';
import { Centre } from '../centres/centre.entity.js';
import { Photo } from '../photos/photo.entity.js';

/** A person who works at a centre. Those shown on the wall appear, with photo and short bio, on the centre page. */
@Entity('staff_member')
@Index('IDX_staff_member_centre', ['centreCode'])
export class StaffMember {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  centreCode: string;

  @ManyToOne(() => Centre, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'centreCode' })
  centre?: Relation<Centre>;

  @Column({ type: 'varchar', length: 64 })
  displayName: string;

  @Column({ type: 'simple-json' })
  professions: Profession[];

  @Column({ type: 'varchar', length: 500 })
  bio: string;

  @Column({ type: 'varchar', length: 36, nullable: true, default: null })
  photoId: string | null;

  @ManyToOne(() => Photo, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'photoId' })
  photo?: Relation<Photo> | null;

  @Column({ type: 'boolean' })
  showOnWall: boolean;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'int' })
  wallOrder: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
