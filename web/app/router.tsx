import { Spin } from 'antd';
import { type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router-dom';
import { NominatePage, NominationTrackPage, NoticePage, NoticesPage, ObjectionTrackPage, PublicRoleModelsPage } from '../modules/honours';
import { LoginPage, PasswordChangePage } from '../modules/identity';
import { AnsweredPage, AskPage, AskTrackPage } from '../modules/inquiries';
import { ATTEMPT_ROUTE, ExamAttemptPage, LectureOrderPage, LectureTrackPage } from '../modules/theory';
import { FinderPage } from '../modules/venues';
import { VerifyPage } from '../modules/volunteers';
import { JoinPage, OrderTrackPage, RequestPage, VolunteerApp } from '../modules/volunteer-app';
import { PublicOnly } from './guards/PublicOnly';
import { RequirePermission } from './guards/RequirePermission';
import { PASSWORD_PATH, RequireSession } from './guards/RequireSession';
import { AppLayout } from './layout/AppLayout';
import { NAV } from './nav-registry';
import { HomeRedirect } from './pages/HomeRedirect';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { SessionProvider } from './session/SessionProvider';

function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
          <Spin />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

/** The app's routes: sign-in, the forced password change, and the module pages inside the layout. */
export const router = createBrowserRouter([
  {
    element: (
      <SessionProvider>
        <Outlet />
      </SessionProvider>
    ),
    errorElement: <RouteErrorPage />,
    children: [
      {
        // The public finder: no sign-in, so it sits outside the session guard.
        path: '/finder',
        element: (
          <Lazy>
            <FinderPage />
          </Lazy>
        ),
      },
      // Volunteers registering themselves, residents requesting a service and anyone checking a certificate have no account.
      ...[
        { path: '/join', page: <JoinPage /> },
        { path: '/verify/:code', page: <VerifyPage /> },
        { path: '/request', page: <RequestPage /> },
        { path: '/request/:code', page: <OrderTrackPage /> },
        { path: '/lecture-order', page: <LectureOrderPage /> },
        { path: '/lecture-order/:code', page: <LectureTrackPage /> },
        // Residents nominate good people, read the notices, object to a candidate and read the role-model register.
        { path: '/nominate', page: <NominatePage /> },
        { path: '/nominate/:code', page: <NominationTrackPage /> },
        { path: '/notices', page: <NoticesPage /> },
        { path: '/notices/:id', page: <NoticePage /> },
        { path: '/objections/:code', page: <ObjectionTrackPage /> },
        { path: '/role-models', page: <PublicRoleModelsPage /> },
        // Residents ask the government, follow and rate their case, and read the answered ones.
        { path: '/ask', page: <AskPage /> },
        { path: '/ask/track', page: <AskTrackPage /> },
        { path: '/ask/answered', page: <AnsweredPage /> },
      ].map(({ path, page }) => ({ path, element: <Lazy>{page}</Lazy> })),
      {
        path: '/login',
        element: (
          <PublicOnly>
            <Lazy>
              <LoginPage />
            </Lazy>
          </PublicOnly>
        ),
      },
      {
        element: <RequireSession />,
        children: [
          {
            path: PASSWORD_PATH,
            element: (
              <Lazy>
                <PasswordChangePage />
              </Lazy>
            ),
          },
          {
            // Taking an exam fills the screen of a phone: no staff menu, only the exam and its clock.
            path: ATTEMPT_ROUTE,
            element: (
              <Lazy>
                <ExamAttemptPage />
              </Lazy>
            ),
          },
          {
            // The volunteer's phone app has its own tab bar instead of the staff menu.
            path: '/v/*',
            element: (
              <Lazy>
                <VolunteerApp />
              </Lazy>
            ),
          },
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRedirect /> },
              ...NAV.map((entry) => ({
                path: entry.path,
                element: (
                  <RequirePermission permission={entry.permission}>
                    <Lazy>
                      <entry.page />
                    </Lazy>
                  </RequirePermission>
                ),
              })),
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
