import { Button, Text } from '@tarojs/components';
import type { CentreSummaryDto } from '@wac/shared-types';
import { KEYBOARD_FOCUSABLE } from '../../components/a11y';
import { formatDistance } from '../../domain/distance';
import { FINDER_TEXTS as T } from './texts';

interface CentreListItemProps {
  centre: CentreSummaryDto;
  onOpen: (code: string) => void;
}

/** One centre in the nearby list: name, area, distance and anything that limits a visit. */
export function CentreListItem({ centre, onOpen }: CentreListItemProps) {
  const distance = centre.distanceMeters === undefined ? null : formatDistance(centre.distanceMeters);
  // Seed data may name a centre after its area; saying it twice helps no one.
  const area = centre.area !== centre.name ? centre.area : null;
  const notes = [
    area,
    distance,
    centre.approximate ? T.approximate : null,
    centre.status === 'preparing' ? T.preparing : null,
  ].filter((note): note is string => note !== null);

  return (
    <Button
      className="action"
      role="button"
      {...KEYBOARD_FOCUSABLE}
      aria-label={[centre.name, ...notes, T.openCentreHint].join('，')}
      data-testid={`centre-item-${centre.code}`}
      onClick={() => onOpen(centre.code)}
    >
      <Text className="action__title">{centre.name}</Text>
      {notes.map((note) => (
        <Text key={note} className="action__detail">
          {note}
        </Text>
      ))}
    </Button>
  );
}
