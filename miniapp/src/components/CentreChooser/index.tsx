import { Text, View } from '@tarojs/components';
import type { CentreSummaryDto } from '@wac/shared-types';
import { useCallback, useEffect, useState } from 'react';
import { listCentresNear } from '../../services/api';
import { Choice, ChoiceGroup } from '../Choice';
import { LoadFailed } from '../LoadFailed';
import { Notice } from '../Notice';

const TEXTS = {
  loading: '正在加载中心列表…',
  failed: '网络不太好，中心列表暂时没有加载出来。',
  retry: '再试一次',
  preparing: '筹建中，暂不可预约',
  groupLabel: '选择服务中心',
} as const;

export interface CentreChooserProps {
  title: string;
  onChoose: (centre: CentreSummaryDto) => void;
}

/** One plain option per centre (by area), for when she started without a centre. Preparing centres are shown, not choosable. */
export function CentreChooser({ title, onChoose }: CentreChooserProps) {
  const [centres, setCentres] = useState<CentreSummaryDto[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFailed(false);
    listCentresNear().then(
      ({ items }) => {
        if (current) {
          setCentres(items);
        }
      },
      () => {
        if (current) {
          setFailed(true);
        }
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  return (
    <View data-testid="centre-chooser">
      <Text className="section-title">{title}</Text>
      {failed ? (
        <LoadFailed
          message={TEXTS.failed}
          retryTitle={TEXTS.retry}
          testId="centre-chooser-error"
          retryTestId="centre-chooser-retry"
          onRetry={retry}
        />
      ) : centres === null ? (
        <Notice>{TEXTS.loading}</Notice>
      ) : (
        <ChoiceGroup label={TEXTS.groupLabel}>
          {centres.map((centre) => (
            <Choice
              key={centre.code}
              title={centre.area}
              detail={
                centre.status === 'preparing' ? TEXTS.preparing : centre.name !== centre.area ? centre.name : undefined
              }
              selected={false}
              disabled={centre.status === 'preparing'}
              testId={`choose-centre-${centre.code}`}
              onPress={() => onChoose(centre)}
            />
          ))}
        </ChoiceGroup>
      )}
    </View>
  );
}
