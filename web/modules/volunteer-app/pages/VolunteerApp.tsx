import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { MeTab } from './MeTab';
import { ProjectsTab } from './ProjectsTab';
import { ScanTab } from './ScanTab';
import { StoreTab } from './StoreTab';
import { VolunteerShell } from './VolunteerShell';

/** The signed-in volunteer's app under /v: projects, my things, scanning to check in, and the rewards store. */
export function VolunteerApp() {
  return (
    <Routes>
      <Route element={<VolunteerShell />}>
        <Route index element={<ProjectsTab />} />
        <Route path="me" element={<MeTab />} />
        <Route path="scan" element={<ScanTab />} />
        <Route path="store" element={<StoreTab />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
