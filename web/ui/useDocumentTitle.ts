import { useEffect } from 'react';

/** Sets the browser tab title to "<page> - 宣文". */
export function useDocumentTitle(page: string | null): void {
  useEffect(() => {
    document.title = page ? `${page} - 宣文` : '宣文';
  }, [page]);
}
