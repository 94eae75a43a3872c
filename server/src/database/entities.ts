import { Centre } from '../centres/centre.entity.js';
import { Photo } from '../photos/photo.entity.js';
import { StaffMember } from '../staff/staff-member.entity.js';

/** Every entity, listed explicitly: globs do not work with ESM builds and hide what the schema holds. */
export const ENTITIES = [Centre, Photo, StaffMember];
