import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the demo seed has done, so a restart never does it again over what admins changed since: `demo.wall` and
 * `demo.logins` once, `demo.roster` the last day the demo roster was filled up to (later days are filled as they
 * come into the eight-week window, only where a centre has nobody on duty).
 */
@Entity('seed_marker')
export class SeedMarker {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  value: string;
}
