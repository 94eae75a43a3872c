import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../ActionButton';
import { CallButton } from '../CallButton';
import { Choice } from '../Choice';
import { HelpNumbers } from '../HelpNumbers';
import { Notice } from '../Notice';
import { CONSENT_TEXTS as T, type ConsentPurpose } from './texts';

export interface ConsentCentre {
  name: string;
  phone: string;
  address: string;
}

export interface ConsentProps {
  purpose: ConsentPurpose;
  centre: ConsentCentre | null;
  /** Both boxes ticked and "next" tapped. */
  onAgree: () => void;
}

/**
 * The consent step: what is kept, why, who sees it, how long; then the general consent and,
 * separately, the consent for sensitive information. Nothing is sent without both. Refusing
 * shows how to get help without leaving anything: the hotline, a walk-in, the centre's phone.
 */
export function Consent({ purpose, centre, onAgree }: ConsentProps) {
  const [general, setGeneral] = useState(false);
  const [sensitive, setSensitive] = useState(false);
  const [refused, setRefused] = useState(false);
  const [tried, setTried] = useState(false);

  if (refused) {
    return (
      <View data-testid="consent-refused">
        <Text className="section-title">{T.refusedTitle}</Text>
        <Text className="lead">{T.refusedBody}</Text>
        <HelpNumbers testIdPrefix="consent-call" />
        {centre ? (
          <View className="card" data-testid="consent-walk-in">
            <Text className="action__title">{centre.name}</Text>
            <Text className="list-item">{centre.address}</Text>
          </View>
        ) : null}
        {centre ? (
          <CallButton
            phoneNumber={centre.phone}
            title="打电话给中心"
            detail={centre.phone}
            tone="plain"
            testId="consent-call-centre"
          />
        ) : null}
        <ActionButton title={T.refusedBack} testId="consent-back" onPress={() => setRefused(false)} />
      </View>
    );
  }

  return (
    <View data-testid="consent">
      <Text className="section-title">{T.title}</Text>
      {T.sections[purpose].map((section) => (
        <View key={section.title} className="card">
          <Text className="action__title">{section.title}</Text>
          <Text className="list-item">{section.body}</Text>
        </View>
      ))}
      <Choice
        kind="checkbox"
        title={T.agreeGeneral}
        selected={general}
        testId="consent-general"
        onPress={() => setGeneral(!general)}
      />

      <View className="card">
        <Text className="action__title">{T.sensitiveTitle}</Text>
        <Text className="list-item">{T.sensitiveBody}</Text>
      </View>
      <Choice
        kind="checkbox"
        title={T.agreeSensitive}
        selected={sensitive}
        testId="consent-sensitive"
        onPress={() => setSensitive(!sensitive)}
      />

      {tried && !(general && sensitive) ? (
        <Notice tone="alert" testId="consent-needed">
          {T.needBoth}
        </Notice>
      ) : null}
      <ActionButton
        title={T.next}
        tone="primary"
        testId="consent-agree"
        onPress={() => {
          setTried(true);
          if (general && sensitive) {
            onAgree();
          }
        }}
      />
      <ActionButton title={T.refuse} testId="consent-refuse" onPress={() => setRefused(true)} />
    </View>
  );
}
