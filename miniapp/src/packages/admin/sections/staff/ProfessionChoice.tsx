import type { Profession } from '@wac/shared-types';
import { PROFESSION_LABELS, PROFESSIONS } from '../../texts';

export function ProfessionChoice({
  value,
  onChange,
  idPrefix,
}: {
  value: Profession[];
  onChange: (next: Profession[]) => void;
  idPrefix: string;
}) {
  return (
    <fieldset className="admin-fieldset">
      <legend>专业身份（可多选）</legend>
      {PROFESSIONS.map((profession) => (
        <label key={profession} className="admin-check">
          <input
            type="checkbox"
            checked={value.includes(profession)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, profession] : value.filter((entry) => entry !== profession))
            }
            data-testid={`${idPrefix}-profession-${profession}`}
          />
          {PROFESSION_LABELS[profession]}
        </label>
      ))}
    </fieldset>
  );
}
