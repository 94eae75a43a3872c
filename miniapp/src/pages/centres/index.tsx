import { Text, View } from '@tarojs/components';
import type { CentreSummaryDto } from '@wac/shared-types';
import { ActionButton } from '../../components/ActionButton';
import { PageShell } from '../../components/PageShell';
import { useOpenPage } from '../../hooks/useOpenPage';
import { centrePage } from '../../routes';
import { CentreListItem } from './CentreListItem';
import { FINDER_TEXTS as T } from './texts';
import { useCentreFinder } from './useCentreFinder';

/** One plain option per area (a list, not a picker wheel: easier to read, tap and hear). */
function DistrictOptions({ centres, onOpen }: { centres: CentreSummaryDto[]; onOpen: (code: string) => void }) {
  return (
    <View data-testid="district-list">
      {centres.map((centre) => (
        <ActionButton
          key={centre.code}
          title={centre.area}
          detail={centre.status === 'preparing' ? T.preparing : undefined}
          testId={`district-${centre.code}`}
          onPress={() => onOpen(centre.code)}
        />
      ))}
    </View>
  );
}

function StatusNotice({ text, testId }: { text: string; testId?: string }) {
  return (
    <View className="notice" role="status" aria-live="polite" data-testid={testId}>
      {text}
    </View>
  );
}

export default function CentreFinderPage() {
  const { state, findNearby, chooseDistrict } = useCentreFinder();
  const open = useOpenPage();
  const openCentre = (code: string) => open(centrePage(code));

  const pickDistrictButton = (
    <ActionButton title={T.pickDistrict} testId="pick-district" onPress={() => void chooseDistrict()} />
  );

  function renderStep() {
    switch (state.step) {
      case 'intro':
        return (
          <View>
            <Text className="lead">{T.locationReason}</Text>
            <ActionButton
              title={T.useLocation}
              tone="primary"
              testId="use-location"
              onPress={() => void findNearby()}
            />
            {pickDistrictButton}
          </View>
        );
      case 'locating':
        return (
          <View>
            <Text className="lead">{T.locationReason}</Text>
            <StatusNotice text={T.locating} />
            {/* A fix can take long (or a browser prompt be ignored): choosing by hand stays possible. */}
            {pickDistrictButton}
          </View>
        );
      case 'nearby':
        return (
          <View>
            <Text className="section-title">{T.nearbyTitle}</Text>
            {state.centres.map((centre) => (
              <CentreListItem key={centre.code} centre={centre} onOpen={openCentre} />
            ))}
            {pickDistrictButton}
          </View>
        );
      case 'districts':
        return (
          <View>
            <StatusNotice text={state.reason === 'no-location' ? T.noLocation : T.byChoice} testId="district-prompt" />
            {state.centres ? (
              <DistrictOptions centres={state.centres} onOpen={openCentre} />
            ) : (
              <StatusNotice text={T.loadingCentres} />
            )}
          </View>
        );
      case 'failed':
        return (
          <View>
            <View className="notice" role="alert" data-testid="finder-error">
              {T.failed}
            </View>
            <ActionButton
              title={T.retry}
              tone="primary"
              testId="retry"
              onPress={() => void (state.retry === 'nearby' ? findNearby() : chooseDistrict())}
            />
            {state.retry === 'nearby' ? pickDistrictButton : null}
          </View>
        );
    }
  }

  return (
    <PageShell>
      <Text className="page-title">{T.title}</Text>
      {renderStep()}
    </PageShell>
  );
}
