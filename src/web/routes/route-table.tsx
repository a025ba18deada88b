import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { HomePage } from './HomePage';

type Page = ComponentType | LazyExoticComponent<ComponentType>;

export interface RouteEntry {
  /** Exact path, or a prefix ending in '/' that matches deeper paths. */
  path: string;
  title: string;
  page: Page;
}

// Everything but home is split out so the first load stays small (target ≤ 120 KB gzipped JS).
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
  { path: '/', title: 'Knead — muscle spasm self-care', page: HomePage },
  { path: '/assess', title: 'Where is the spasm? — Knead', page: AssessPage },
  { path: '/verdict', title: 'Your verdict — Knead', page: VerdictPage },
  { path: '/session', title: 'Guided session — Knead', page: SessionPage },
  { path: '/journal', title: 'Journal — Knead', page: JournalPage },
  { path: '/journal/', title: 'Journal entry — Knead', page: EpisodeEditPage },
  { path: '/checkin', title: 'Daily check-in — Knead', page: CheckInPage },
  { path: '/insights', title: 'Insights — Knead', page: InsightsPage },
  { path: '/learn', title: 'Learn — Knead', page: LearnPage },
  { path: '/settings', title: 'Settings — Knead', page: SettingsPage },
  { path: '/signin', title: 'Sign in — Knead', page: SignInPage },
  { path: '/signup', title: 'Create an account — Knead', page: SignInPage },
  { path: '/reports', title: 'Clinician report — Knead', page: ReportsRoute },
  { path: '/account', title: 'Account security — Knead', page: AccountSecurityPage },
  { path: '/care-team', title: 'Care team — Knead', page: CareTeamPage },
  { path: '/care-team/join', title: 'Link with your therapist — Knead', page: CareTeamPage },
  { path: '/therapist-plan', title: 'Your therapist’s plan — Knead', page: TherapistPlanPage },
  { path: '/clinician', title: 'Clinician dashboard — Knead', page: ClinicianDashboardPage },
  { path: '/clinician/clients/', title: 'Client — Knead', page: ClinicianClientPage },
];

/** The route for a path: an exact match first, then the longest matching prefix route. */
export function matchRoute(path: string): RouteEntry | undefined {
  const exact = ROUTES.find((route) => route.path === path);
  if (exact) return exact;
  return ROUTES.filter((route) => route.path.endsWith('/') && route.path !== '/' && path.startsWith(route.path)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
}
