import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

type Page = ComponentType | LazyExoticComponent<ComponentType>;

export interface RouteEntry {
  /** Exact path, or a prefix ending in '/' that matches deeper paths. */
  path: string;
  /** The page title's key under `web.title.` (the catalog holds the words). */
  titleKey: string;
  page: Page;
}

/** Home's chunk, asked for at startup on `/` (main.tsx) so it loads beside the shell, not after it. */
export const loadHomePage = () => import('./HomePage').then((module) => ({ default: module.HomePage }));

// Every page is split out, home too, so a shared verdict link carries no other page (≤ 100 KB gzipped JS).
const HomePage = lazy(loadHomePage);
const AssessPage = lazy(() => import('./AssessPage'));
const VerdictPage = lazy(() => import('./VerdictPage'));
const SessionPage = lazy(() => import('./SessionPage'));
const JournalPage = lazy(() => import('./JournalPage'));
const EpisodeEditPage = lazy(() => import('./EpisodeEditPage'));
const CheckInPage = lazy(() => import('./CheckInPage'));
const InsightsPage = lazy(() => import('./InsightsPage'));
const LearnPage = lazy(() => import('./LearnPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));
const SignInPage = lazy(() => import('./SignInPage'));
const ReportsRoute = lazy(() => import('./ReportsRoute'));
const AccountSecurityPage = lazy(() => import('../features/account/AccountSecurityPage'));
const CareTeamPage = lazy(() => import('./CareTeamPage'));
const TherapistPlanPage = lazy(() => import('./TherapistPlanPage'));
const ClinicianDashboardPage = lazy(() => import('./ClinicianDashboardPage'));
const ClinicianClientPage = lazy(() => import('./ClinicianClientPage'));

export const ROUTES: readonly RouteEntry[] = [
  { path: '/', titleKey: 'home', page: HomePage },
  { path: '/assess', titleKey: 'assess', page: AssessPage },
  { path: '/verdict', titleKey: 'verdict', page: VerdictPage },
  { path: '/session', titleKey: 'session', page: SessionPage },
  { path: '/journal', titleKey: 'journal', page: JournalPage },
  { path: '/journal/', titleKey: 'journal-entry', page: EpisodeEditPage },
  { path: '/checkin', titleKey: 'checkin', page: CheckInPage },
  { path: '/insights', titleKey: 'insights', page: InsightsPage },
  { path: '/learn', titleKey: 'learn', page: LearnPage },
  { path: '/settings', titleKey: 'settings', page: SettingsPage },
  { path: '/signin', titleKey: 'signin', page: SignInPage },
  { path: '/signup', titleKey: 'signup', page: SignInPage },
  { path: '/reports', titleKey: 'reports', page: ReportsRoute },
  { path: '/account', titleKey: 'account', page: AccountSecurityPage },
  { path: '/care-team', titleKey: 'care-team', page: CareTeamPage },
  { path: '/care-team/join', titleKey: 'care-team-join', page: CareTeamPage },
  { path: '/therapist-plan', titleKey: 'therapist-plan', page: TherapistPlanPage },
  { path: '/clinician', titleKey: 'clinician', page: ClinicianDashboardPage },
  { path: '/clinician/clients/', titleKey: 'clinician-client', page: ClinicianClientPage },
];

/** The route for a path: an exact match first, then the longest matching prefix route. */
export function matchRoute(path: string): RouteEntry | undefined {
  const exact = ROUTES.find((route) => route.path === path);
  if (exact) return exact;
  return ROUTES.filter((route) => route.path.endsWith('/') && route.path !== '/' && path.startsWith(route.path)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
}
