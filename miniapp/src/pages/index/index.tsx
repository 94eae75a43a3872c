import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../components/ActionButton';
import { HelpNumbers } from '../../components/HelpNumbers';
import { InfoCard } from '../../components/InfoCard';
import { LargeTextToggle } from '../../components/LargeTextToggle';
import { Notice } from '../../components/Notice';
import { PageShell } from '../../components/PageShell';
import { formatShanghaiInstant } from '../../domain/dates';
import { useOffers } from '../../hooks/useOffers';
import { useOpenPage } from '../../hooks/useOpenPage';
import { useFirstUseNoteSeen } from '../../hooks/usePreferences';
import { markFirstUseNoteSeen } from '../../services/preferences';
import { bookPage, callbackPage, FINDER_PAGE, MINE_PAGE, SAFETY_PAGE, SETTINGS_PAGE } from '../../routes';
import { HOME_TEXTS as T } from './texts';

export default function HomePage() {
  const firstUseNoteSeen = useFirstUseNoteSeen();
  const offers = useOffers();
  const open = useOpenPage();

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      <Text className="lead muted">{T.lead}</Text>

      {!firstUseNoteSeen ? (
        <View data-testid="first-use-note">
          <InfoCard title={T.firstUseTitle} lines={T.firstUseLines()} />
          <ActionButton title={T.firstUseDismiss} testId="first-use-dismiss" onPress={markFirstUseNoteSeen} />
        </View>
      ) : null}

      {offers.map((entry) => (
        <View key={entry.id} data-testid="home-offer-notice">
          <Notice>{T.offerNotice(entry.offer ? formatShanghaiInstant(entry.offer.expiresAt) : '')}</Notice>
          <ActionButton
            title={T.offerOpen}
            tone="primary"
            testId={`home-offer-open-${entry.id}`}
            onPress={() => open(MINE_PAGE)}
          />
        </View>
      ))}

      <ActionButton {...T.safety} tone="primary" testId="entry-safety" onPress={() => open(SAFETY_PAGE)} />

      <Text className="section-title">{T.callSectionTitle}</Text>
      <HelpNumbers />

      <Text className="section-title">{T.serviceSectionTitle}</Text>
      <ActionButton {...T.findCentre} testId="entry-find-centre" onPress={() => open(FINDER_PAGE)} />
      <ActionButton {...T.book} testId="entry-book" onPress={() => open(bookPage())} />
      <ActionButton {...T.callback} testId="entry-callback" onPress={() => open(callbackPage())} />
      <ActionButton {...T.mine} testId="entry-mine" onPress={() => open(MINE_PAGE)} />

      <Text className="section-title">{T.moreSectionTitle}</Text>
      <LargeTextToggle />
      <ActionButton {...T.settings} testId="entry-settings" onPress={() => open(SETTINGS_PAGE)} />
    </PageShell>
  );
}
