import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { BookableService, CentreDetailDto, CentreServiceCode, DutyPersonDto } from '@wac/shared-types';
import { ActionButton } from '../../components/ActionButton';
import { CallButton } from '../../components/CallButton';
import { PageShell } from '../../components/PageShell';
import { BOOKABLE_SERVICES, PROFESSION_LABELS } from '@wac/rules';
import { SERVICE_LABELS } from '../../domain/labels';
import { useOpenPage } from '../../hooks/useOpenPage';
import { photoUrl } from '../../services/api';
import { openMap } from '../../services/map';
import { bookPage, callbackPage, FINDER_PAGE } from '../../routes';
import { CENTRE_TEXTS as T } from './texts';
import { useCentre } from './useCentre';
import './index.scss';

function isBookable(service: CentreServiceCode): service is BookableService {
  return (BOOKABLE_SERVICES as readonly string[]).includes(service);
}

function TextList({ items, testId }: { items: string[]; testId?: string }) {
  return (
    <View data-testid={testId}>
      {items.map((item, index) => (
        // A fixed list from the server, never reordered: the position is a stable key.
        <Text key={index} className="list-item">
          {`· ${item}`}
        </Text>
      ))}
    </View>
  );
}

function DutyPerson({ person }: { person: DutyPersonDto }) {
  const src = photoUrl(person.photoUrl);
  return (
    <View className="card duty-person" data-testid="duty-person">
      {src ? (
        // H5 renders a native <img> inside a <div>: the text alternative belongs on the <img> (alt).
        <Image
          className="duty-person__photo"
          src={src}
          mode="aspectFill"
          {...(process.env.TARO_ENV === 'weapp'
            ? { 'aria-label': T.photoOf(person.displayName) }
            : { imgProps: { alt: T.photoOf(person.displayName) } })}
        />
      ) : null}
      <View className="duty-person__text">
        <Text className="action__title">{person.displayName}</Text>
        <Text className="list-item muted">
          {person.professions.map((profession) => PROFESSION_LABELS[profession]).join('、')}
        </Text>
        <Text className="list-item">{person.bio}</Text>
      </View>
    </View>
  );
}

function CentreDetails({ centre }: { centre: CentreDetailDto }) {
  const open = useOpenPage();
  return (
    <View>
      <Text className="page-title" data-testid="centre-name">
        {centre.name}
      </Text>
      {centre.area !== centre.name ? <Text className="lead muted">{centre.area}</Text> : null}

      {centre.status === 'preparing' ? (
        <View className="notice" data-testid="centre-not-bookable">
          {T.notBookable}
        </View>
      ) : (
        <View>
          <ActionButton
            {...T.book}
            tone="primary"
            testId="centre-book"
            onPress={() => open(bookPage({ code: centre.code }))}
          />
          <ActionButton {...T.callback} testId="centre-callback" onPress={() => open(callbackPage(centre.code))} />
        </View>
      )}

      <View className="card" data-testid="centre-address">
        <Text className="action__title">{T.addressTitle}</Text>
        <Text className="list-item">{centre.address}</Text>
        {centre.approximate ? <Text className="list-item muted">{T.approximate}</Text> : null}
      </View>

      <CallButton phoneNumber={centre.phone} title={T.call} detail={centre.phone} testId="centre-call" />
      <ActionButton
        title={T.navigate}
        detail={centre.address}
        testId="centre-navigate"
        onPress={() =>
          void openMap({
            latitude: centre.latitude,
            longitude: centre.longitude,
            name: centre.name,
            address: centre.address,
          })
        }
      />

      <Text className="section-title">{T.servicesTitle}</Text>
      <View data-testid="centre-services">
        {centre.services.map((service) =>
          // A consultation that can be booked starts its booking; the other help is plain text, not a fake button.
          isBookable(service) && centre.status !== 'preparing' ? (
            <ActionButton
              key={service}
              title={SERVICE_LABELS[service]}
              detail={T.bookThisService}
              testId={`centre-service-${service}`}
              onPress={() => open(bookPage({ code: centre.code, service }))}
            />
          ) : (
            <Text key={service} className="list-item" data-testid={`centre-service-${service}`}>
              {SERVICE_LABELS[service]}
            </Text>
          ),
        )}
      </View>

      <Text className="section-title">{T.hoursTitle}</Text>
      <Text className="list-item" data-testid="centre-hours">
        {centre.openingHours}
      </Text>

      <View data-testid="centre-wall">
        <Text className="section-title">{T.wallTitle}</Text>
        <Text className="wall-heading">{T.workRulesTitle}</Text>
        <TextList items={centre.workRules} testId="centre-work-rules" />
        <Text className="wall-heading">{T.serviceScopeTitle}</Text>
        <TextList items={centre.serviceScope} testId="centre-service-scope" />
        <Text className="wall-heading">{T.dutyPeopleTitle}</Text>
        {centre.dutyPeople.length > 0 ? (
          centre.dutyPeople.map((person) => <DutyPerson key={person.id} person={person} />)
        ) : (
          <Text className="list-item muted">{T.noDutyPeople}</Text>
        )}
      </View>
    </View>
  );
}

export default function CentrePage() {
  const { params } = useRouter();
  const { state, reload } = useCentre(params.code);

  function renderState() {
    switch (state.status) {
      case 'loading':
        return (
          <View className="notice" role="status" aria-live="polite">
            {T.loading}
          </View>
        );
      case 'not-found':
        return (
          <View>
            <View className="notice" role="alert" data-testid="centre-not-found">
              {T.notFound}
            </View>
            <ActionButton
              title={T.backToFinder}
              tone="primary"
              testId="back-to-finder"
              onPress={() => void Taro.redirectTo({ url: FINDER_PAGE })}
            />
          </View>
        );
      case 'failed':
        return (
          <View>
            <View className="notice" role="alert" data-testid="centre-error">
              {T.failed}
            </View>
            <ActionButton title={T.retry} tone="primary" testId="retry" onPress={reload} />
          </View>
        );
      case 'loaded':
        return <CentreDetails centre={state.centre} />;
    }
  }

  return <PageShell>{renderState()}</PageShell>;
}
