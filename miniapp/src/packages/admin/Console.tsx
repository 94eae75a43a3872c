import type { CentreSummaryDto } from '@wac/shared-types';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AdminApi } from '../../services/admin-api';
import { listCentres } from '../../services/api.generated';
import { AdminContext, centreName, type AdminContextValue } from './context';
import { AuditSection } from './sections/AuditSection';
import { BookingsSection } from './sections/BookingsSection';
import { CalendarSection } from './sections/CalendarSection';
import { CentresSection } from './sections/CentresSection';
import { EventsSection } from './sections/EventsSection';
import { RecordsSection } from './sections/RecordsSection';
import { ReportsSection } from './sections/ReportsSection';
import { RosterSection } from './sections/RosterSection';
import { StaffSection } from './sections/StaffSection';
import { TemplateSection } from './sections/TemplateSection';
import type { AdminSession } from './session';
import { COMMON, CONSOLE_TITLE, LOGIN, ROLE_LABELS, SECTIONS, type SectionKey } from './texts';

function SectionBody({ section }: { section: SectionKey }) {
  switch (section) {
    case 'centres':
      return <CentresSection />;
    case 'staff':
      return <StaffSection />;
    case 'roster':
      return <RosterSection />;
    case 'calendar':
      return <CalendarSection />;
    case 'template':
      return <TemplateSection />;
    case 'bookings':
      return <BookingsSection />;
    case 'records':
      return <RecordsSection />;
    case 'events':
      return <EventsSection />;
    case 'reports':
      return <ReportsSection />;
    case 'audit':
      return <AuditSection />;
  }
}

/** The signed-in console: its sections, with a left navigation. Loaded only once someone has signed in. */
export default function Console({
  session,
  signOut,
  initialSection,
}: {
  session: AdminSession;
  signOut: AdminContextValue['signOut'];
  initialSection: SectionKey;
}) {
  const api = useMemo(() => new AdminApi(session.token), [session.token]);
  const [centres, setCentres] = useState<CentreSummaryDto[]>([]);
  const [centresError, setCentresError] = useState(false);
  const [centre, setCentre] = useState(session.role === 'city_admin' ? '' : (session.centreCode ?? ''));
  const [section, setSection] = useState<SectionKey>(initialSection);

  useEffect(() => {
    let current = true;
    listCentres(api)
      .then((list) => current && setCentres(list.items))
      .catch(() => current && setCentresError(true));
    return () => {
      current = false;
    };
  }, [api]);

  const chooseCentre = useCallback(
    (code: string) => {
      if (session.role === 'city_admin') {
        setCentre(code);
      }
    },
    [session.role],
  );

  const value = useMemo<AdminContextValue>(
    () => ({ api, session, centres, centre, setCentre: chooseCentre, signOut }),
    [api, session, centres, centre, chooseCentre, signOut],
  );
  const label = SECTIONS.find((entry) => entry.key === section)?.label ?? '';

  return (
    <AdminContext.Provider value={value}>
      <div className="admin" data-testid="admin-console">
        <a className="admin-skip" href="#admin-main">
          跳到主要内容
        </a>
        <header className="admin-header">
          <h1 className="admin-header__title">{CONSOLE_TITLE}</h1>
          <div className="admin-header__centre">
            {session.role === 'city_admin' ? (
              <label className="admin-header__picker">
                <span>当前中心</span>
                <select
                  className="admin-input"
                  value={centre}
                  onChange={(event) => chooseCentre(event.target.value)}
                  data-testid="global-centre"
                >
                  <option value="">{COMMON.allCentres}</option>
                  {centres.map((entry) => (
                    <option key={entry.code} value={entry.code}>
                      {entry.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <span data-testid="global-centre-fixed">{centreName(centres, centre)}</span>
            )}
          </div>
          <div className="admin-header__user">
            <span data-testid="admin-user">
              {session.username}（{ROLE_LABELS[session.role]}）
            </span>
            <button type="button" className="admin-button" onClick={() => signOut()} data-testid="admin-logout">
              {COMMON.logout}
            </button>
          </div>
        </header>
        <div className="admin-body">
          <nav className="admin-nav" aria-label="管理功能">
            <ul>
              {SECTIONS.map((entry) => (
                <li key={entry.key}>
                  <button
                    type="button"
                    className={`admin-nav__item${entry.key === section ? ' admin-nav__item--current' : ''}`}
                    aria-current={entry.key === section ? 'page' : undefined}
                    onClick={() => setSection(entry.key)}
                    data-testid={`nav-${entry.key}`}
                  >
                    {entry.label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <main
            className="admin-main"
            id="admin-main"
            tabIndex={-1}
            aria-label={label}
            data-testid={`section-${section}`}
          >
            {centresError ? <p className="admin-muted">{LOGIN.network}</p> : null}
            <SectionBody section={section} />
          </main>
        </div>
      </div>
    </AdminContext.Provider>
  );
}
