import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A row a transaction writes before it checks a rule that spans rows it does not otherwise write (how many places
 * the new sessions of one address hold at a centre): two such transactions queue on the row on one MySQL server,
 * and conflict at certification on a Galera cluster, so the rule holds across processes and nodes.
 */
@Entity('guard_row')
export class GuardRow {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  key: string;

  @Column({ type: 'int', default: 0 })
  version: number;
}
