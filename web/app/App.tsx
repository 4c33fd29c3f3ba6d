import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { LocaleProvider } from './i18n/LocaleProvider';
import { AntdProvider } from './providers/AntdProvider';
import { createQueryClient } from './providers/query-client';
import { router } from './router';

/** The whole web app: language, antd, data cache and routes. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <LocaleProvider>
      <AntdProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntdProvider>
    </LocaleProvider>
  );
}
