import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../components/ActionButton';
import { CallButton } from '../../components/CallButton';
import { InfoCard } from '../../components/InfoCard';
import { PageShell } from '../../components/PageShell';
import { useOpenPage } from '../../hooks/useOpenPage';
import { POLICE_NUMBER, WOMEN_HOTLINE_NUMBER } from '../../domain/hotlines';
import { bookPage, callbackPage, FINDER_PAGE } from '../../routes';
import { SAFETY_TEXTS as T } from './texts';

type Answer = 'danger' | 'unsure' | 'safe';

/** Kept in this page's memory only: closing the page forgets the answer. */
export default function SafetyPage() {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const open = useOpenPage();

  function renderAnswer(chosen: Answer) {
    switch (chosen) {
      case 'danger':
        return (
          <View data-testid="safety-answer-danger">
            <Text className="section-title">{T.dangerTitle}</Text>
            <CallButton phoneNumber={POLICE_NUMBER} tone="danger" {...T.police} testId="safety-call-110" />
            <InfoCard title={T.tipsTitle} lines={T.dangerTips} />
            <CallButton phoneNumber={WOMEN_HOTLINE_NUMBER} tone="primary" {...T.hotline} testId="safety-call-12338" />
          </View>
        );
      case 'unsure':
        return (
          <View data-testid="safety-answer-unsure">
            <Text className="section-title">{T.talkTitle}</Text>
            <CallButton phoneNumber={WOMEN_HOTLINE_NUMBER} tone="primary" {...T.hotline} testId="safety-call-12338" />
            <InfoCard title={T.tipsTitle} lines={T.talkTips} />
            <CallButton phoneNumber={POLICE_NUMBER} tone="danger" {...T.police} testId="safety-call-110" />
          </View>
        );
      case 'safe':
        return (
          <View data-testid="safety-answer-safe">
            <Text className="section-title">{T.planTitle}</Text>
            <ActionButton {...T.book} tone="primary" testId="safety-book" onPress={() => open(bookPage())} />
            <ActionButton {...T.callback} testId="safety-callback" onPress={() => open(callbackPage())} />
            <ActionButton {...T.findCentre} testId="safety-find-centre" onPress={() => open(FINDER_PAGE)} />
          </View>
        );
    }
  }

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      {answer === null ? (
        <View data-testid="safety-question">
          <Text className="lead">{T.lead}</Text>
          <ActionButton {...T.danger} tone="danger" testId="safety-danger" onPress={() => setAnswer('danger')} />
          <ActionButton {...T.unsure} tone="primary" testId="safety-unsure" onPress={() => setAnswer('unsure')} />
          <ActionButton {...T.safe} testId="safety-safe" onPress={() => setAnswer('safe')} />
        </View>
      ) : (
        <View>
          {renderAnswer(answer)}
          <ActionButton title={T.restart} testId="safety-restart" onPress={() => setAnswer(null)} />
        </View>
      )}
    </PageShell>
  );
}
